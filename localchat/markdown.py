"""Telegram's MarkdownV2 and legacy Markdown parse modes, approximated closely enough to catch
unescaped reserved characters and unclosed entities."""

from __future__ import annotations

from dataclasses import dataclass

from localchat.text import EntityParseError, ParsedText, TextBuilder, byte_offset

MARKDOWN_V2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")

_MD2_NAMES = {
    "bold": "Bold", "italic": "Italic", "underline": "Underline", "strikethrough": "Strikethrough",
    "spoiler": "Spoiler", "code": "Code", "pre": "Pre", "text_link": "TextUrl",
}  # fmt: skip


@dataclass
class _OpenMark:
    """An opened entity marker waiting to be closed."""

    kind: str
    start: int
    byte_pos: int
    language: str | None = None


def parse_markdown_v2(src: str) -> ParsedText:
    """Approximate Telegram MarkdownV2: reserved characters outside entities must be escaped."""
    out = TextBuilder()
    stack: list[_OpenMark] = []
    i = 0
    line_start = True
    while i < len(src):
        ch = src[i]
        in_code = bool(stack) and stack[-1].kind in ("code", "pre")
        if ch == "\\" and i + 1 < len(src) and 0 < ord(src[i + 1]) <= 126:
            out.add(src[i + 1])
            i += 2
        elif in_code:
            i = _md2_in_code(src, i, stack, out)
        elif ch == ">" and line_start:
            i += 1  # blockquote marker; the quote itself is not tracked
        elif ch in MARKDOWN_V2_RESERVED:
            i = _md2_reserved(src, i, stack, out)
        else:
            out.add(ch)
            i += 1
        line_start = ch == "\n"
    if stack:
        top = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MD2_NAMES[top.kind]} entity at byte offset {top.byte_pos}"
        )
    return out.result()


def _md2_in_code(src: str, i: int, stack: list[_OpenMark], out: TextBuilder) -> int:
    """Inside code/pre only the closing backticks are special."""
    top = stack[-1]
    if top.kind == "pre" and src.startswith("```", i):
        stack.pop()
        out.entity("pre", top.start, language=top.language)
        return i + 3
    if top.kind == "code" and src[i] == "`":
        stack.pop()
        out.entity("code", top.start)
        return i + 1
    out.add(src[i])
    return i + 1


def _md2_reserved(src: str, i: int, stack: list[_OpenMark], out: TextBuilder) -> int:
    """Handle a reserved character outside code: an entity marker or an error."""
    ch = src[i]
    if src.startswith("```", i):
        newline = src.find("\n", i + 3)
        lang = src[i + 3 : newline].strip() if newline >= 0 else ""
        stack.append(_OpenMark("pre", out.length, byte_offset(src, i), lang or None))
        return newline + 1 if newline >= 0 and lang else i + 3
    toggles = {"*": "bold", "~": "strikethrough", "`": "code"}
    if ch == "_":
        kind, width = ("underline", 2) if src.startswith("__", i) else ("italic", 1)
        return _md2_toggle(src, i, kind, width, stack, out)
    if ch == "|" and src.startswith("||", i):
        return _md2_toggle(src, i, "spoiler", 2, stack, out)
    if ch in toggles:
        return _md2_toggle(src, i, toggles[ch], 1, stack, out)
    if ch == "[":
        stack.append(_OpenMark("text_link", out.length, byte_offset(src, i)))
        return i + 1
    if ch == "]" and stack and stack[-1].kind == "text_link":
        return _md2_link_end(src, i, stack, out)
    raise EntityParseError(
        f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
    )


def _md2_toggle(
    src: str, i: int, kind: str, width: int, stack: list[_OpenMark], out: TextBuilder
) -> int:
    """Open an entity, or close it when it is the innermost open one."""
    if stack and stack[-1].kind == kind:
        out.entity(kind, stack.pop().start)
    elif any(mark.kind == kind for mark in stack):
        raise EntityParseError(
            f"Can't find end of {_MD2_NAMES[stack[-1].kind]} entity at byte offset "
            f"{stack[-1].byte_pos}"
        )
    else:
        stack.append(_OpenMark(kind, out.length, byte_offset(src, i)))
    return i + width


def _md2_link_end(src: str, i: int, stack: list[_OpenMark], out: TextBuilder) -> int:
    """Close `[text](url)`; inside the URL only ")" and "\\" need escaping."""
    mark = stack.pop()
    if not src.startswith("(", i + 1):
        return i + 1  # "[text]" without a URL is plain text in Telegram
    j, url = i + 2, []
    while j < len(src) and src[j] != ")":
        if src[j] == "\\" and j + 1 < len(src):
            j += 1
        url.append(src[j])
        j += 1
    if j >= len(src):
        raise EntityParseError(f"Can't find end of a URL at byte offset {byte_offset(src, i + 1)}")
    out.entity("text_link", mark.start, url="".join(url))
    return j + 1


# --------------------------------------------------------------------------- legacy Markdown

_LEGACY_MARKS = {"*": "bold", "_": "italic", "`": "code"}


def parse_markdown(src: str) -> ParsedText:
    """Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); markers must close."""
    out = TextBuilder()
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\" and i + 1 < len(src) and src[i + 1] in "_*`[":
            out.add(src[i + 1])
            i += 2
        elif ch in _LEGACY_MARKS or ch == "[":
            i = _legacy_entity(src, i, out)
        else:
            out.add(ch)
            i += 1
    return out.result()


def _legacy_entity(src: str, i: int, out: TextBuilder) -> int:
    """Emit the legacy Markdown entity starting at `src[i]` and return the index after it."""
    unclosed = EntityParseError(
        f"Can't find end of the entity starting at byte offset {byte_offset(src, i)}"
    )
    start = out.length
    if src.startswith("```", i):
        end = src.find("```", i + 3)
        if end < 0:
            raise unclosed
        out.add(src[i + 3 : end])
        out.entity("pre", start)
        return end + 3
    if src[i] == "[":
        end = src.find("](", i + 1)
        url_end = src.find(")", end) if end >= 0 else -1
        if url_end < 0:
            raise unclosed
        out.add(src[i + 1 : end])
        out.entity("text_link", start, url=src[end + 2 : url_end])
        return url_end + 1
    end = src.find(src[i], i + 1)
    if end < 0:
        raise unclosed
    out.add(src[i + 1 : end])
    out.entity(_LEGACY_MARKS[src[i]], start)
    return end + 1
