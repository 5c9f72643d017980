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

from .options import API_PREFIX, GRADIO_API_VERSION, ServerOptions

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks
    from ..events import Dependency

log = logging.getLogger("nbblocks")

# Parameter names gradio_client keeps for itself in predict()/submit().
_RESERVED = {"api_name", "fn_index", "result_callbacks", "headers"}


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
    from ..components.state import State

    return isinstance(block, State)


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


def build_info(app: Blocks) -> dict[str, Any]:
    named: dict[str, Any] = {}
    for dep in app.dependencies:
        if is_callable(dep) and dep.api_visibility == "public":
            named[endpoint_label(dep)] = endpoint_info(dep)
    return {"named_endpoints": named, "unnamed_endpoints": {}}


def endpoint_info(dep: Dependency) -> dict[str, Any]:
    names = parameter_names(dep)
    parameters = []
    for index, block in enumerate(dep.inputs):
        if skips_api(block):
            continue
        schema = _schema(block)
        default_known, default = _default(block, names[index])
        parameters.append({
            "label": getattr(block, "label", None) or f"parameter_{block._id}",
            "parameter_name": names[index][0],
            "parameter_has_default": default_known,
            "parameter_default": default,
            "type": schema,
            "python_type": {"type": python_type(schema), "description": _description(schema)},
            "component": type(block).__name__.capitalize(),  # as Gradio: "Checkboxgroup"
            "example_input": _example(block),
        })
    returns = []
    for block in dep.outputs:
        if skips_api(block):
            continue
        schema = _schema(block)
        returns.append({
            "label": getattr(block, "label", None) or f"value_{block._id}",
            "type": schema,
            "python_type": {"type": python_type(schema), "description": _description(schema)},
            "component": type(block).__name__.capitalize(),  # as Gradio: "Checkboxgroup"
        })
    info: dict[str, Any] = {
        "parameters": parameters,
        "returns": returns,
        "api_visibility": dep.api_visibility,
        "type": {"generator": is_generator(dep), "cancel": False},
    }
    description = dep.api_description if isinstance(dep.api_description, str) else None
    if description is None and dep.api_description is not False:
        doc = inspect.getdoc(dep.fn) if dep.fn is not None else None
        description = doc.split("\n\n")[0] if doc else None
    if description:
        info["description"] = description
    return info


def _schema(block: Block) -> dict[str, Any]:
    try:
        schema = block.api_info()  # type: ignore[attr-defined]  # components have it; a failure is logged below
    except Exception:  # a component's own code (custom ones too): describe it as untyped
        log.warning("nbblocks: %r: api_info() failed; the API describes its value as Any", block, exc_info=True)
        schema = {}
    return jsonable(schema) if isinstance(schema, dict) else {}


def _description(schema: dict[str, Any]) -> str:
    text = schema.get("description")
    return text if isinstance(text, str) else ""


def _example(block: Block) -> Any:
    try:
        return jsonable(block.example_inputs())  # type: ignore[attr-defined]  # Gradio's: example_payload() unless overridden
    except Exception:  # a component's own code (custom ones too): the API shows no example
        log.warning("nbblocks: %r: example_inputs() failed; the API shows no example input", block, exc_info=True)
        return None


def _default(block: Block, param: tuple[str, bool, Any]) -> tuple[bool, Any]:
    """Gradio's rule: a component's initial value is the default; else a Python default of None."""
    value = getattr(block, "value", None)
    if value is not None:
        return True, jsonable(value)
    _, has_default, default = param
    if has_default and default is None:
        return True, None
    return False, None


def parameter_names(dep: Dependency) -> list[tuple[str, bool, Any]]:
    """(name, has_default, default) for each input position, from the function's signature."""
    fallback = [(f"param_{i}", False, None) for i in range(len(dep.inputs))]
    if dep.fn is None or dep.inputs_as_dict:
        return fallback
    try:
        sig = inspect.signature(dep.fn)
    except (TypeError, ValueError):
        return fallback
    from ..events import event_data_params
    from ..progress import Progress

    special = set(event_data_params(dep.fn))
    params = [
        p for p in sig.parameters.values()
        if p.name not in special
        and not isinstance(p.default, Progress)
        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    out = []
    for i in range(len(dep.inputs)):
        if i < len(params) and params[i].name not in _RESERVED:
            p = params[i]
            has_default = p.default is not p.empty
            out.append((p.name, has_default, p.default if has_default else None))
        else:
            out.append(fallback[i])
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
        items = schema.get("items")
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
