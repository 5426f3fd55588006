"""Telegram's HTML parse mode: the tags it allows, proper nesting, escaped "<" and "&".

The bot sends HTML only (`Defaults(parse_mode=HTML)`), so HTML and plain text are the parse modes
the local chat knows; any other is refused. The parser returns the visible text plus
Telegram-style entities (UTF-16 offsets) and raises `EntityParseError` worded like Telegram's
"can't parse entities" errors. It is a little stricter than Telegram: a bare "&" that is not one
of the entities Telegram understands is rejected, because it always means the text was not
escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localchat.text import EntityParseError, ParsedText, TextBuilder, byte_offset

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

__all__ = ["EntityParseError", "ParsedText", "parse_html", "parse_text"]


def parse_text(text: str, parse_mode: str | None) -> ParsedText:
    """Parse `text` according to `parse_mode` (None means plain text; HTML is the other)."""
    mode = (parse_mode or "").lower()
    if not mode:
        return ParsedText(text)
    if mode == "html":
        return parse_html(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


@dataclass
class _OpenTag:
    """A start tag waiting for its end tag."""

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


def parse_html(src: str) -> ParsedText:
    """Parse Telegram HTML: supported tags only, proper nesting, escaped < and &."""
    out = TextBuilder()
    stack: list[_OpenTag] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "&":
            decoded, length = decode_entity(src, i)
            if decoded is None:
                raise EntityParseError(
                    f'Unescaped "&" at byte offset {byte_offset(src, i)}; use &amp; '
                    "(the local chat is stricter than Telegram here)"
                )
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


def _open_tag(src: str, i: int, stack: list[_OpenTag], out: TextBuilder) -> int:
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


def _close_tag(src: str, i: int, stack: list[_OpenTag], out: TextBuilder) -> int:
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


def _emit_html_entity(tag: _OpenTag, stack: list[_OpenTag], out: TextBuilder) -> None:
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
