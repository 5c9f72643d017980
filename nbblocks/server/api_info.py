"""What ``/config`` and ``/gradio_api/info`` say about an app: components, endpoints, types.

Only endpoints a client may call are described: ``api_visibility="private"`` listeners
(and listeners without a Python function) are left out of both documents entirely;
``"undocumented"`` ones are in ``/config`` (so they can be called by name) but not in
``/info`` (so ``view_api()`` does not list them).
"""

from __future__ import annotations

import inspect
import json
import logging
from typing import TYPE_CHECKING, Any

from ..sessions import STATE, block_kind
from .code_snippets import code_snippets
from .options import API_PREFIX, GRADIO_API_VERSION, ServerOptions

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks
    from ..events import Dependency

log = logging.getLogger("nbblocks")

# Parameter names Gradio 6.31 does not give an endpoint's parameters (it calls them param_<i>).
_RESERVED = {"api_name", "fn_index", "result_callbacks"}


# -- which listeners are endpoints --------------------------------------------------


def is_callable(dep: Dependency) -> bool:
    """A listener that a client may run: it has a function and is not private."""
    return dep.fn is not None and dep.api_name is not None and dep.api_visibility != "private"


def endpoint_by_index(app: Blocks, fn_index: Any) -> Dependency | None:
    if isinstance(fn_index, bool) or not isinstance(fn_index, int):
        return None
    if not 0 <= fn_index < len(app.dependencies):
        return None
    dep = app.dependencies[fn_index]
    return dep if is_callable(dep) else None


def endpoint_by_name(app: Blocks, api_name: str) -> Dependency | None:
    name = api_name.lstrip("/")
    for dep in app.dependencies:
        if is_callable(dep) and dep.api_name == name:
            return dep
    return None


def endpoint_label(dep: Dependency) -> str:
    return f"/{dep.api_name}"


def is_generator(dep: Dependency) -> bool:
    fn = dep.fn
    if fn is None:
        return False
    candidates = [fn] if inspect.isfunction(fn) or inspect.ismethod(fn) else [fn, getattr(fn, "__call__", None)]  # noqa: B004 - inspect __call__ itself
    return any(inspect.isgeneratorfunction(f) or inspect.isasyncgenfunction(f) for f in candidates if f is not None)


# -- components ---------------------------------------------------------------------


def type_name(block: Block) -> str:
    """Gradio's block name: the class name in lower case, or the class's ``API_TYPE``."""
    name = getattr(type(block), "API_TYPE", None)
    return name if isinstance(name, str) else type(block).__name__.lower()


def skips_api(block: Block) -> bool:
    """State, buttons and layouts carry no value a client sends or reads."""
    from ..components.base import Component

    if not isinstance(block, Component):
        return True
    return bool(block.skip_api)


def is_state(block: Block) -> bool:
    return block_kind(type(block)) == STATE  # asked per input and output of every call: once per class


def jsonable(value: Any) -> Any:
    """A JSON-safe copy: pydantic models dumped, NaN and Infinity as ``None``, anything
    else unknown as ``None``."""
    from ..json_values import for_clients

    try:
        return for_clients(json.loads(json.dumps(value, default=_fallback)))
    except (TypeError, ValueError, RecursionError):
        return None


def _fallback(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return None


def component_config(block: Block) -> dict[str, Any]:
    from ..components.base import Component

    props = {k: v for k, v in block.get_config().items() if k != "name"}
    if isinstance(block, Component) and not is_state(block):
        props["value"] = block.value  # the app's default; State values never leave the server
    config: dict[str, Any] = {
        "id": block._id,
        "type": type_name(block),
        "props": jsonable(props),
        "skip_api": skips_api(block),
        "component_class_id": type(block).__name__,
        "key": jsonable(block.key),
    }
    if not config["skip_api"]:  # as Gradio: what a client needs to call with this component
        schema = _schema(block)
        config.update(api_info=schema, api_info_as_input=schema, api_info_as_output=schema, example_inputs=_example(block))
    return config


def _layout(block: Block) -> dict[str, Any]:
    from ..block import BlockContext

    node: dict[str, Any] = {"id": block._id}
    if isinstance(block, BlockContext):
        node["children"] = [_layout(child) for child in block.children]
    return node


# -- /config --------------------------------------------------------------------------


def build_config(app: Blocks, options: ServerOptions) -> dict[str, Any]:
    deps = list(app.dependencies)  # all of them, private ones too: positions are fn_index
    components = [component_config(b) for b in app.blocks.values()]
    return {
        "version": GRADIO_API_VERSION,
        "mode": "blocks",
        "app_id": app._id,
        "dev_mode": False,
        "analytics_enabled": False,
        "title": app.title,
        "css": None,
        "js": None,
        "head": None,
        "is_space": False,
        "is_colab": False,
        "enable_queue": True,
        "show_error": options.show_error,
        "show_api": True,
        "stylesheets": [],
        "theme": None,
        "protocol": "sse_v3",
        "body_css": None,
        "fill_height": app.fill_height,
        "fill_width": app.fill_width,
        "root": options.root_path,
        "api_prefix": API_PREFIX,
        "connect_heartbeat": True,
        "max_file_size": options.max_file_size,
        "components": components,
        "layout": _layout(app),
        "dependencies": [dependency_config(app, dep) for dep in deps],
        "username": None,
        "pwa": False,
    }


def _targets(app: Blocks, dep: Dependency) -> list[list[Any]]:
    """As Gradio lists them: a chained listener's only target is ``[None, "then"]``
    (``"success"``, ``"failure"``); app events name the app."""
    if not dep.targets and dep.trigger_after is not None:
        kind = "success" if dep.trigger_only_on_success else "failure" if dep.trigger_only_on_failure else "then"
        return [[None, kind]]
    return [[b._id if b is not None else app._id, event] for b, event in dep.targets]


def dependency_config(app: Blocks, dep: Dependency) -> dict[str, Any]:
    return {
        "id": dep.id,
        "targets": _targets(app, dep),
        "inputs": [b._id for b in dep.inputs],
        "outputs": [b._id for b in dep.outputs],
        "backend_fn": dep.fn is not None,
        "js": dep.js if isinstance(dep.js, str) else None,
        "queue": dep.queue,
        "api_name": dep.api_name,
        "api_visibility": dep.api_visibility,
        "api_description": dep.api_description if isinstance(dep.api_description, str) else None,
        "show_api": dep.api_visibility == "public",
        "scroll_to_output": dep.scroll_to_output,
        "show_progress": dep.show_progress,
        "batch": dep.batch,
        "max_batch_size": dep.max_batch_size,
        "cancels": [d.id for d in dep.cancels],
        "types": {"generator": is_generator(dep), "cancel": False},
        "trigger_after": dep.trigger_after,
        "trigger_only_on_success": dep.trigger_only_on_success,
        "trigger_only_on_failure": dep.trigger_only_on_failure,
        "trigger_mode": dep.trigger_mode,
        "time_limit": dep.time_limit,
        "stream_every": dep.stream_every,
        "connection": "sse",
    }


# -- /info ----------------------------------------------------------------------------


def build_info(app: Blocks, root: str | None = None) -> dict[str, Any]:
    """``/gradio_api/info``: each public endpoint as Gradio 6.31 describes it, with its
    ``code_snippets`` calling the server at ``root`` (the app's URL without a trailing
    slash) when given."""
    named: dict[str, Any] = {}
    for dep in app.dependencies:
        if is_callable(dep) and dep.api_visibility == "public":
            info = endpoint_info(dep)
            if root is not None:
                info["code_snippets"] = code_snippets(endpoint_label(dep), info, root)
            named[endpoint_label(dep)] = info
    return {"named_endpoints": named, "unnamed_endpoints": {}}


def endpoint_info(dep: Dependency) -> dict[str, Any]:
    names = parameter_names(dep)
    optional = _none_defaults(dep)
    parameters = []
    for index, block in enumerate(dep.inputs):
        if skips_api(block):
            continue
        schema = _schema(block, "api_info_as_input")
        name = names[index][0]
        default = _api_default(block)
        default_known = default is not None or name in optional
        parameters.append({
            "label": _label(block, "parameter"),
            "parameter_name": name,
            "parameter_has_default": default_known,
            "parameter_default": default,
            "type": schema,
            "python_type": {"type": python_type(schema), "description": schema.get("additional_description", "")},
            "component": type(block).__name__.capitalize(),  # as Gradio: "Checkboxgroup"
            "example_input": _example(block),
        })
    _public_file_defaults(parameters)
    returns = []
    for block in dep.outputs:
        if skips_api(block):
            continue
        schema = _schema(block, "api_info_as_output")
        returns.append({
            "label": _label(block, "value"),
            "type": schema,
            "python_type": {"type": python_type(schema), "description": schema.get("description", "")},
            "component": type(block).__name__.capitalize(),  # as Gradio: "Checkboxgroup"
        })
    if dep.api_description is False:
        description = ""
    elif isinstance(dep.api_description, str):
        description = dep.api_description
    else:
        description = function_description(dep.fn)
    return {"parameters": parameters, "returns": returns, "api_visibility": dep.api_visibility, "description": description}


def _label(block: Block, kind: str) -> Any:
    """The component's label; without one, Gradio's ``parameter_<id>`` / ``value_<id>``."""
    label = getattr(block, "label", None)
    return label if label is not None else f"{kind}_{block._id}"


def function_description(fn: Any) -> str:
    """Gradio's endpoint description: the docstring's lines up to ``Args:``,
    ``Parameters:``, ``Arguments:`` or ``Returns:``, stripped, blank ones left out,
    joined by spaces; "" without a docstring."""
    doc = inspect.getdoc(fn) if fn is not None else None
    if not doc:
        return ""
    kept = []
    for line in doc.strip().split("\n"):
        line = line.strip()
        if line.startswith(("Args:", "Parameters:", "Arguments:", "Returns:")):
            break
        if line:
            kept.append(line)
    return " ".join(kept)


def _schema(block: Block, method: str = "api_info") -> dict[str, Any]:
    try:
        describe = getattr(block, method, None) or block.api_info  # type: ignore[attr-defined]  # components have it; a failure is logged below
        schema = describe()
    except Exception:  # a component's own code (custom ones too): describe it as untyped
        log.warning("nbblocks: %r: %s() failed; the API describes its value as Any", block, method, exc_info=True)
        schema = {}
    return jsonable(schema) if isinstance(schema, dict) else {}


def _example(block: Block) -> Any:
    try:
        return jsonable(block.example_inputs())  # type: ignore[attr-defined]  # Gradio's: example_payload() unless overridden
    except Exception:  # a component's own code (custom ones too): the API shows no example
        log.warning("nbblocks: %r: example_inputs() failed; the API shows no example input", block, exc_info=True)
        return None


def _api_default(block: Block) -> Any:
    """The component's initial value as Gradio's ``/config`` has it (None: no default)."""
    try:
        value = block.api_default() if hasattr(block, "api_default") else getattr(block, "value", None)
    except Exception:  # a component's own code (custom ones too): no default
        log.warning("nbblocks: %r: api_default() failed; the API shows no default", block, exc_info=True)
        return None
    return None if value is None else jsonable(value)


def _public_file_defaults(parameters: list[dict[str, Any]]) -> None:
    """As Gradio: a default file whose ``url`` is not an http(s) URL shows the example's
    ``url`` (the component's example file) instead."""
    for param in parameters:
        default, example = param["parameter_default"], param["example_input"]
        if not (isinstance(default, dict) and isinstance(default.get("path"), str) and isinstance(default.get("url"), str)):
            continue
        meta = default.get("meta")
        if not (isinstance(meta, dict) and meta.get("_type") == "gradio.FileData"):
            continue
        if not default["url"].startswith(("http://", "https://")) and isinstance(example, dict) and "url" in example:
            default["url"] = example["url"]


def _parameters(dep: Dependency) -> list[inspect.Parameter]:
    """The function's parameters up to ``*args``/``**kwargs``, without the ones the server
    fills in (``gr.Request``, ``gr.EventData`` and its subclasses)."""
    if dep.fn is None:
        return []
    try:
        sig = inspect.signature(dep.fn)
    except (TypeError, ValueError):
        return []
    from ..events import event_data_params

    special = set(event_data_params(dep.fn))
    out = []
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            break
        if p.name not in special:
            out.append(p)
    return out


def _none_defaults(dep: Dependency) -> set[str]:
    """Names of the function's parameters whose default is None: Gradio makes an input
    with no initial value optional when it fills such a parameter."""
    return {p.name for p in _parameters(dep) if p.default is None}


def parameter_names(dep: Dependency) -> list[tuple[str, bool, Any]]:
    """(name, has_default, default) for each input position, as Gradio names them: the
    function's leading positional parameters in order (without ``gr.Progress`` ones), else
    ``param_<position>`` (also for a name gradio_client keeps for itself)."""
    from ..progress import Progress

    positional = []
    for p in _parameters(dep):
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            break
        if not isinstance(p.default, Progress):
            positional.append(p)
    out = []
    for i in range(len(dep.inputs)):
        if i < len(positional) and positional[i].name not in _RESERVED:
            p = positional[i]
            has_default = p.default is not p.empty
            out.append((p.name, has_default, p.default if has_default else None))
        else:
            out.append((f"param_{i}", False, None))
    return out


# -- Python type names from JSON schema -------------------------------------------------


def python_type(schema: Any, defs: dict[str, Any] | None = None, depth: int = 0) -> str:
    """A short Python type for a JSON schema, as ``view_api()`` shows it (``str``, ``list[int]``...)."""
    if not isinstance(schema, dict) or depth > 12:
        return "Any"
    defs = {**(defs or {}), **schema.get("$defs", {}), **schema.get("definitions", {})}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = defs.get(ref.rsplit("/", 1)[-1])
        return python_type(target, defs, depth + 1) if target is not None else "Any"
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    if isinstance(schema.get("enum"), list):
        return f"Literal[{', '.join(repr(v) for v in schema['enum'])}]"
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            parts = list(dict.fromkeys(python_type(s, defs, depth + 1) for s in schema[key]))
            return " | ".join(parts) or "Any"
    kind = schema.get("type")
    if kind == {}:  # gradio_client: "any json" (JSON, BrowserState) reads as the JSON scalar and container types
        return "str | float | bool | list | dict" if "json" in str(schema.get("description", "")) else "Any"
    if isinstance(kind, list):
        return " | ".join(python_type({**schema, "type": k}, defs, depth + 1) for k in kind) or "Any"
    simple = {"string": "str", "number": "float", "integer": "int", "boolean": "bool", "null": "None"}
    if isinstance(kind, str) and kind in simple:
        return simple[kind]
    if kind == "array":
        items = schema.get("prefixItems", schema.get("items"))  # prefixItems: a fixed-length tuple
        if isinstance(items, list):
            return f"tuple[{', '.join(python_type(s, defs, depth + 1) for s in items)}]"
        return f"list[{python_type(items, defs, depth + 1) if items else 'Any'}]"
    if kind == "object":
        props = schema.get("properties")
        if isinstance(props, dict) and props:
            fields = ", ".join(f"{name}: {python_type(s, defs, depth + 1)}" for name, s in props.items())
            return f"dict({fields})"
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return f"dict(str, {python_type(extra, defs, depth + 1)})"
        return "dict(str, Any)"
    return "Any"


# -- gradio_client snippets (the notebook footer and the API page) -----------------------


def is_file_value(value: Any) -> bool:
    """Whether an example input is a file (a ``FileData`` dict)."""
    if not isinstance(value, dict):
        return False
    meta = value.get("meta")
    return isinstance(meta, dict) and meta.get("_type") == "gradio.FileData"


def _file_name(value: dict[str, Any]) -> str:
    name = value.get("orig_name") or str(value.get("path") or "file").rsplit("/", 1)[-1]
    return str(name) or "file"


def has_file(value: Any) -> bool:
    """Whether an example input holds a file anywhere (the snippet then imports ``handle_file``)."""
    if is_file_value(value):
        return True
    if isinstance(value, list):
        return any(has_file(v) for v in value)
    if isinstance(value, dict):
        return any(has_file(v) for v in value.values())
    return False


def python_literal(value: Any) -> str:
    """An example input as Python source; a file is ``handle_file('path/to/<name>')``."""
    if is_file_value(value):
        return f"handle_file({'path/to/' + _file_name(value)!r})"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {python_literal(v)}" for k, v in value.items()) + "}"
    text = repr(value)
    return text if len(text) <= 400 else "..."


def snippet(url: str, dep: Dependency, *, auth: bool = False, info: dict[str, Any] | None = None, url_source: str | None = None) -> str:
    """Python that calls ``dep`` on the server at ``url`` with gradio_client (logging in
    first when the server has ``auth=``). ``url_source`` replaces ``repr(url)`` in the code
    (the API page puts a placeholder there that the page fills in)."""
    info = endpoint_info(dep) if info is None else info
    files = any(has_file(p["example_input"]) for p in info["parameters"])
    credentials = ', auth=("username", "password")' if auth else ""
    address = repr(url) if url_source is None else url_source
    imports = "from gradio_client import Client" + (", handle_file" if files else "")
    lines = [imports, "", f"client = Client({address}{credentials})", "result = client.predict("]
    for param in info["parameters"]:
        lines.append(f"    {param['parameter_name']}={python_literal(param['example_input'])},")
    lines.append(f"    api_name={endpoint_label(dep)!r},")
    lines.append(")")
    lines.append("print(result)")
    return "\n".join(lines)
