"""Telegram-like entity parsing (HTML, MarkdownV2, legacy Markdown) for the Bot API fake.

The parsers return the visible text plus Telegram-style entities (UTF-16 offsets) and raise
`EntityParseError` with a description worded like Telegram's "can't parse entities" errors.
They are deliberately a little stricter than Telegram: a bare "&" that is not one of the
entities Telegram understands is rejected, because it always means the text was not escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

HTML_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
        "span", "tg-spoiler", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_ENTITY_TYPE = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "a": "text_link", "code": "code", "pre": "pre", "span": "spoiler", "tg-spoiler": "spoiler",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}  # fmt: skip
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));")
_NAME_RE = re.compile(r"[A-Za-z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]*")
MARKDOWN_V2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")


class EntityParseError(ValueError):
    """Text could not be parsed; `str(exc)` is the part after "can't parse entities: "."""


@dataclass
class ParsedText:
    """Visible text and its entities, as Telegram would store the message."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(src: str, index: int) -> int:
    """UTF-8 byte offset of `src[index]`, the unit Telegram uses in parse errors."""
    return len(src[:index].encode("utf-8"))


def parse_text(text: str, parse_mode: str | None, *, strict_amp: bool = True) -> ParsedText:
    """Parse `text` according to `parse_mode` (None means plain text)."""
    mode = (parse_mode or "").lower()
    if not mode:
        return ParsedText(text)
    if mode == "html":
        return parse_html(text, strict_amp=strict_amp)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_markdown(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


class _Builder:
    """Accumulates visible text while tracking the UTF-16 length for entity offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[dict[str, Any]] = []

    def add(self, chunk: str) -> None:
        """Append visible text."""
        self.parts.append(chunk)
        self.length += utf16_len(chunk)

    def entity(self, kind: str, start: int, **extra: Any) -> None:
        """Record an entity from `start` to the current end, dropping empty ones like Telegram."""
        if self.length > start:
            self.entities.append({"type": kind, "offset": start, "length": self.length - start})
            self.entities[-1].update({k: v for k, v in extra.items() if v is not None})

    def result(self) -> ParsedText:
        """Finish: entities sorted by offset as Telegram returns them."""
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.parts), self.entities)


# --------------------------------------------------------------------------- HTML


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    start: int


def decode_entity(src: str, i: int) -> tuple[str | None, int]:
    """Decode the HTML entity at `src[i]` ("&..."), returning (char, length) or (None, 0)."""
    m = _ENTITY_RE.match(src, i)
    if not m:
        return None, 0
    named, dec, hexa = m.groups()
    if named:
        return _NAMED_ENTITIES[named], m.end() - i
    code = int(dec) if dec else int(hexa, 16)
    if not 0 < code <= 0x10FFFF:
        return None, 0
    return chr(code), m.end() - i


def parse_html(src: str, *, strict_amp: bool = True) -> ParsedText:
    """Parse Telegram HTML: supported tags only, proper nesting, escaped < and &."""
    out = _Builder()
    stack: list[_OpenTag] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "&":
            decoded, length = decode_entity(src, i)
            if decoded is None:
                if strict_amp:
                    raise EntityParseError(
                        f'Unescaped "&" at byte offset {byte_offset(src, i)}; use &amp; '
                        "(the fake is stricter than Telegram here)"
                    )
                decoded, length = "&", 1
            out.add(decoded)
            i += length
        elif ch != "<":
            out.add(ch)
            i += 1
        elif src.startswith("</", i):
            i = _close_tag(src, i, stack, out)
        else:
            i = _open_tag(src, i, stack, out)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return out.result()


def _open_tag(src: str, i: int, stack: list[_OpenTag], out: _Builder) -> int:
    """Parse a start tag at `src[i]`, push it, and return the index after it."""
    name_end = _NAME_RE.match(src, i + 1).end()  # type: ignore[union-attr]
    name = src[i + 1 : name_end].lower()
    if name not in HTML_TAGS:
        raise EntityParseError(
            f'Unsupported start tag "{name}" at byte offset {byte_offset(src, i)}'
        )
    attrs, end = _parse_attributes(src, name_end, name, i)
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise EntityParseError(
            f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(src, i)}'
        )
    if name == "tg-emoji" and not attrs.get("emoji-id"):
        raise EntityParseError(
            f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {byte_offset(src, i)}'
        )
    stack.append(_OpenTag(name, attrs, out.length))
    return end


def _parse_attributes(src: str, j: int, tag: str, tag_start: int) -> tuple[dict[str, str], int]:
    """Parse `name="value"` attributes up to ">" and return them with the index after ">"."""
    attrs: dict[str, str] = {}
    unclosed = f"Unclosed start tag at byte offset {byte_offset(src, tag_start)}"
    while True:
        while j < len(src) and src[j].isspace():
            j += 1
        if j >= len(src):
            raise EntityParseError(unclosed)
        if src[j] == ">":
            return attrs, j + 1
        attr_end = _ATTR_NAME_RE.match(src, j).end()  # type: ignore[union-attr]
        if attr_end == j:
            raise EntityParseError(
                f'Empty attribute name in the tag "{tag}" at byte offset {byte_offset(src, j)}'
            )
        attr = src[j:attr_end].lower()
        j = attr_end
        if j < len(src) and src[j] == "=":
            value, j = _attribute_value(src, j + 1, unclosed)
            attrs[attr] = value
        else:
            attrs[attr] = ""


def _attribute_value(src: str, j: int, unclosed: str) -> tuple[str, int]:
    """Read a quoted or bare attribute value starting at `src[j]`."""
    if j < len(src) and src[j] in "'\"":
        close = src.find(src[j], j + 1)
        if close < 0:
            raise EntityParseError(unclosed)
        raw, j = src[j + 1 : close], close + 1
    else:
        end = j
        while end < len(src) and not src[end].isspace() and src[end] != ">":
            end += 1
        raw, j = src[j:end], end
    return _unescape_lenient(raw), j


def _unescape_lenient(raw: str) -> str:
    """Decode entities inside an attribute value, keeping unknown "&" as is."""
    return _ENTITY_RE.sub(lambda m: decode_entity(m.group(0), 0)[0] or m.group(0), raw)


def _close_tag(src: str, i: int, stack: list[_OpenTag], out: _Builder) -> int:
    """Parse an end tag at `src[i]`, emit the entity it closes, and return the index after it."""
    name_end = _NAME_RE.match(src, i + 2).end()  # type: ignore[union-attr]
    name = src[i + 2 : name_end].lower()
    end = name_end
    while end < len(src) and src[end].isspace():
        end += 1
    if end >= len(src) or src[end] != ">":
        raise EntityParseError(f"Unclosed end tag at byte offset {byte_offset(src, i)}")
    if not stack:
        raise EntityParseError(f"Unexpected end tag at byte offset {byte_offset(src, i)}")
    top = stack[-1]
    if name != top.name:
        raise EntityParseError(
            f"Unmatched end tag at byte offset {byte_offset(src, i)}, "
            f'expected "</{top.name}>", found "</{name}>"'
        )
    stack.pop()
    _emit_html_entity(top, stack, out)
    return end + 1


def _emit_html_entity(tag: _OpenTag, stack: list[_OpenTag], out: _Builder) -> None:
    """Turn a closed tag into a Telegram entity."""
    kind = _ENTITY_TYPE[tag.name]
    if kind == "text_link":
        if tag.attrs.get("href"):
            out.entity(kind, tag.start, url=tag.attrs["href"])
    elif kind == "code" and stack and stack[-1].name == "pre":
        # <pre><code class="language-x"> becomes one pre entity with a language.
        lang = tag.attrs.get("class", "")
        if lang.startswith("language-"):
            stack[-1].attrs["language"] = lang.removeprefix("language-")
        else:
            out.entity(kind, tag.start)
    elif kind == "pre":
        out.entity(kind, tag.start, language=tag.attrs.get("language"))
    elif kind == "blockquote" and "expandable" in tag.attrs:
        out.entity("expandable_blockquote", tag.start)
    elif kind == "custom_emoji":
        out.entity(kind, tag.start, custom_emoji_id=tag.attrs["emoji-id"])
    else:
        out.entity(kind, tag.start)


# --------------------------------------------------------------------------- MarkdownV2

_MD2_NAMES = {
    "bold": "Bold", "italic": "Italic", "underline": "Underline", "strikethrough": "Strikethrough",
    "spoiler": "Spoiler", "code": "Code", "pre": "Pre", "text_link": "TextUrl",
}  # fmt: skip


@dataclass
class _OpenMark:
    kind: str
    start: int
    byte_pos: int
    language: str | None = None


def parse_markdown_v2(src: str) -> ParsedText:
    """Approximate Telegram MarkdownV2: reserved characters outside entities must be escaped."""
    out = _Builder()
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


def _md2_in_code(src: str, i: int, stack: list[_OpenMark], out: _Builder) -> int:
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


def _md2_reserved(src: str, i: int, stack: list[_OpenMark], out: _Builder) -> int:
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
    src: str, i: int, kind: str, width: int, stack: list[_OpenMark], out: _Builder
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


def _md2_link_end(src: str, i: int, stack: list[_OpenMark], out: _Builder) -> int:
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
    out = _Builder()
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


def _legacy_entity(src: str, i: int, out: _Builder) -> int:
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
