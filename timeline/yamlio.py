"""Safe YAML loading that remembers the line of every key, for error messages,
and the dumping of event YAML."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

Location = tuple[str | int, ...]

# Aliases (``*name``) repeat the value an anchor (``&name``) names. A few are
# fine in a hand-written file; a chain of them repeating each other (an "alias
# bomb") expands a file of a few hundred bytes to billions of values. A
# document is refused when its aliases repeat more than this many values in
# all, counted before any Python object is made.
MAX_ALIAS_VALUES = 10_000
# Deeper nesting than any event file or front matter needs; it would exhaust
# the recursion of the loader.
MAX_DEPTH = 100


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def load_with_lines(text: str) -> tuple[Any, dict[Location, int]]:
    """Parse one YAML document with the safe loader.

    Returns the data and a map from each location (a tuple of keys and list
    indexes, as pydantic reports them) to its 1-based line.
    """
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(str(error), None) from None
    if node is None:
        return None, {}
    check_expansion(node)
    lines: dict[Location, int] = {}
    _collect_lines(node, (), lines)
    loader = _Loader("")
    try:
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error) from None
    except ValueError as error:
        # An impossible date such as 2023-02-30 fails in the date constructor,
        # which knows no position; find the scalar that fails.
        raise YamlSyntaxError(str(error), _unconstructible_line(node)) from None
    finally:
        loader.dispose()
    return data, lines


def _syntax_error(error: yaml.MarkedYAMLError) -> YamlSyntaxError:
    """The error at the line a person has to look at.

    A quote that is never closed is found at the end of the text; the line
    to fix is the one where it opens.
    """
    problem = str(error.problem or error)
    if (
        error.context == "while scanning a quoted scalar"
        and error.context_mark is not None
        and "end of stream" in problem
    ):
        return YamlSyntaxError(
            f"a quoted value opened on this line is never closed ({problem})",
            error.context_mark.line + 1,
        )
    mark = error.problem_mark or error.context_mark
    return YamlSyntaxError(problem, mark.line + 1 if mark else None)


def check_expansion(root: yaml.Node) -> None:
    """Refuse a composed document that aliases would expand beyond
    :data:`MAX_ALIAS_VALUES` repeated values, that refers to itself, or that
    nests deeper than :data:`MAX_DEPTH`.

    Each node is counted once (aliases share the node they name), so the
    check takes time in proportion to the text, however much it would expand.
    """
    expanded: dict[int, int] = {}  # id(node) -> values it stands for, once counted
    open_nodes: set[int] = set()  # the nodes whose children are being counted
    repeated = 0
    # An explicit stack, not recursion: the depth is what is being checked.
    # Entries: node, depth, the line that holds it (see _children), children counted.
    stack: list[tuple[yaml.Node, int, int, bool]] = [(root, 1, 1, False)]
    while stack:
        node, depth, holder_line, counted = stack.pop()
        key = id(node)
        if counted:
            open_nodes.discard(key)
            expanded[key] = 1 + sum(expanded[id(child)] for child, _ in _children(node))
            continue
        if key in open_nodes:
            raise YamlSyntaxError("an alias refers to a value that contains it", holder_line)
        if key in expanded:  # an alias of a node counted already
            repeated += expanded[key]
            if repeated > MAX_ALIAS_VALUES:
                raise YamlSyntaxError(
                    f"aliases (*name) repeat more than {MAX_ALIAS_VALUES:,} values; "
                    "write the values out or use fewer aliases",
                    holder_line,
                )
            continue
        if depth > MAX_DEPTH:
            raise YamlSyntaxError(
                f"values are nested more than {MAX_DEPTH} levels deep", node.start_mark.line + 1
            )
        stack.append((node, depth, holder_line, True))
        open_nodes.add(key)
        for child, line in reversed(_children(node)):
            stack.append((child, depth + 1, line, False))


def _children(node: yaml.Node) -> list[tuple[yaml.Node, int]]:
    """The nodes ``node`` holds, each with the line that holds it: an alias's own
    position is not kept, so the line of its key, or else of its list."""
    if isinstance(node, yaml.MappingNode):
        return [
            (part, key.start_mark.line + 1) for key, value in node.value for part in (key, value)
        ]
    if isinstance(node, yaml.SequenceNode):
        return [(item, node.start_mark.line + 1) for item in node.value]
    return []


def _unconstructible_line(node: yaml.Node) -> int | None:
    if isinstance(node, yaml.ScalarNode):
        loader = yaml.SafeLoader("")
        try:
            loader.construct_object(node, deep=True)
        except ValueError:
            return node.start_mark.line + 1
        finally:
            loader.dispose()
        return None
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            children += [key_node, value_node]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    for child in children:
        line = _unconstructible_line(child)
        if line is not None:
            return line
    return None


# libyaml parses ~20x faster than the pure-Python parser; a site build reads
# thousands of event files.
_FAST_BASE: Any = getattr(yaml, "CSafeLoader", None)


def _without_timestamps(resolvers: dict[Any, list[Any]]) -> dict[Any, list[Any]]:
    return {
        first: [(tag, regexp) for tag, regexp in entries if tag != "tag:yaml.org,2002:timestamp"]
        for first, entries in resolvers.items()
    }


class _Loader(yaml.SafeLoader):
    """Safe loader that keeps dates as strings.

    A date like ``2023-02-30`` then reaches the schema, which reports it with
    its field, instead of failing inside the YAML date constructor.
    """

    yaml_implicit_resolvers = _without_timestamps(yaml.SafeLoader.yaml_implicit_resolvers)


_FAST_LOADER: Any = None
if _FAST_BASE is not None:
    _FAST_LOADER = type(
        "_FastLoader",
        (_FAST_BASE,),
        {"yaml_implicit_resolvers": _without_timestamps(_FAST_BASE.yaml_implicit_resolvers)},
    )


def _compose(text: str) -> yaml.Node | None:
    """yaml.compose with libyaml when available; errors come from the Python parser,
    so their wording does not depend on whether libyaml is installed."""
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    try:
        return yaml.compose(text, Loader=_Loader)
    except RecursionError:
        # libyaml stops at a nesting depth of its own; the Python parser recurses.
        raise YamlSyntaxError(
            f"values are nested more than {MAX_DEPTH} levels deep", None
        ) from None


def _collect_lines(node: yaml.Node, location: Location, lines: dict[Location, int]) -> None:
    lines.setdefault(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            child = (*location, key)
            lines[child] = key_node.start_mark.line + 1
            _collect_lines(value_node, child, lines)
            # pydantic reports a nested error at the value; keep the key's line.
            lines[child] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*location, index), lines)


def line_of(lines: dict[Location, int], location: Location) -> int | None:
    """The line of ``location`` or of its nearest parent that has one."""
    loc = tuple(location)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())


# --- dumping ------------------------------------------------------------------

# libyaml's emitter (CSafeDumper) dumps an event several times faster than
# the pure-Python one (SafeDumper), but does not write every string the same
# way. The two share the Python representer and resolver, so the key order
# and the quoting of strings that read as dates, numbers, booleans or null
# agree; the emitters' scalar analysis and writers differ:
#
# - long double-quoted scalars: Python folds them with an escaped line break
#   ("...word\" then "\ next"), also between escapes; libyaml folds at a
#   plain space ("...word" then "next");
# - characters beyond U+FFFF (emoji, U+1D518 ...): Python writes them as they
#   are, in a plain or single-quoted scalar; libyaml takes them for
#   unprintable, double-quotes the string and escapes them (\U0001F600);
# - NEL (U+0085): a printable line break to Python, an unprintable character
#   to libyaml; a lone surrogate makes libyaml fail to encode the string.
#
# Python double-quotes a string only when it holds a character it cannot
# print (controls such as tab, CR, ESC, DEL, the C1 controls, BOM, U+FFFE,
# U+FFFF, surrogates) or a space next to a line break. A document whose
# strings hold none of these, no character beyond U+FFFF and no line break but
# "\n" (NEL; LS and PS too: the emitters agree on those away from spaces, but
# they are rare and not worth the risk) has only plain and single-quoted
# scalars in both emitters, and their plain and single-quoted writers fold at
# the same spaces and columns (both count characters, not bytes): it gets the
# same bytes from either. tests/test_yaml_dump.py compares the two on
# generated strings. Any other document, rare in news text, and any value
# other than str, bool, int, None, list and dict, goes to the pure-Python
# emitter.
_NOT_ALIKE = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]| \n|\n ")


def dump(data: Any) -> str:
    """Block YAML of ``data`` as the event files hold it: keys in insertion order,
    non-ASCII text as is, lines folded at 100 characters, indent 2."""
    return yaml.dump(
        data, Dumper=dumper_for(data), sort_keys=False, allow_unicode=True, width=100, indent=2
    )


def dumper_for(data: Any) -> Any:
    """libyaml's safe dumper when PyYAML has it and it writes ``data`` as the
    pure-Python one does, else the pure-Python safe dumper."""
    fast = getattr(yaml, "CSafeDumper", None)
    if fast is None or not _emits_alike(data):
        return yaml.SafeDumper
    return fast


def _emits_alike(data: Any) -> bool:
    if isinstance(data, str):
        return _NOT_ALIKE.search(data) is None
    if isinstance(data, dict):
        return all(_emits_alike(key) and _emits_alike(value) for key, value in data.items())
    if isinstance(data, list):
        return all(_emits_alike(item) for item in data)
    return isinstance(data, bool | int | None)


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """Read a UTF-8 text file; raise ValueError with a readable reason otherwise."""
    return decode_text(path.read_bytes(), max_bytes)


def decode_text(data: bytes, max_bytes: int | None = None) -> str:
    """The checks of :func:`read_text` for bytes from elsewhere (e.g. stdin)."""
    if max_bytes is not None and len(data) > max_bytes:
        raise ValueError(f"file is too large ({len(data):,} bytes, limit {max_bytes:,})")
    if b"\x00" in data:
        raise ValueError("file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"file is not UTF-8 text (byte {error.start})") from None
