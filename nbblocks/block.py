"""The base of everything that sits in a Blocks tree: ``Block`` and ``BlockContext``."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from . import context, hosting
from .component_meta import ComponentMeta

if TYPE_CHECKING:
    from typing_extensions import Self

    from .listeners import AppRoot, EventListener

__all__ = ["Block", "BlockContext", "BlockProps"]


class BlockProps(TypedDict, total=False):
    """The props every block accepts (layouts take them as ``**props: Unpack[BlockProps]``)."""

    visible: bool | str
    elem_id: str | None
    elem_classes: list[str] | str | None
    render: bool
    key: int | str | tuple[Any, ...] | None
    preserved_by_key: list[str] | str | None

_next_id = itertools.count().__next__  # unique block ids from 0, as Gradio's; thread-safe under the GIL


class Block(metaclass=ComponentMeta):
    """A node of the app tree. Ids are unique per process and never shown in reprs."""

    #: The events of this block: names or ``EventListener``s; ComponentMeta turns each into a
    #: listener method (and the list into EventListeners), so ``str(entry)`` is the event name.
    EVENTS: ClassVar[list[EventListener | str]] = []
    #: Name of the built-in front-end view; custom components set ``_esm`` instead.
    VIEW: str | None = None
    #: The constructor arguments given explicitly (recorded by ComponentMeta).
    _constructor_args: dict[str, Any]

    def __init__(
        self,
        *,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[Any, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        visible: bool | str = True,
    ) -> None:
        self._id = _next_id()
        self.elem_id = elem_id
        self.elem_classes = [elem_classes] if isinstance(elem_classes, str) else list(elem_classes or [])
        self.key = key
        self.preserved_by_key = [preserved_by_key] if isinstance(preserved_by_key, str) else list(preserved_by_key or [])
        if visible not in (True, False, "hidden"):
            raise ValueError(f"{type(self).__name__}: visible must be True, False or 'hidden', got {visible!r}")
        self.visible = visible
        self.parent: BlockContext | None = None
        #: The app this block is registered in (a ``Blocks``).
        self.root: AppRoot | None = None
        if render:
            self.render()

    @property
    def is_rendered(self) -> bool:
        return self.root is not None

    def render(self) -> Block:
        """Place this block into the innermost open ``with`` container (for ``render=False``)."""
        container: BlockContext | None = context.current_container()
        root: AppRoot | None = context.current_root()
        if container is None:
            return self
        if root is not None and self.root is not None and self.root is not root:
            raise ValueError(f"{self!r} is already rendered in another Blocks app")
        if self.parent is None:
            container.add_child(self)  # also inside a container built outside any app
        if root is not None:
            root._register_block(self)
        return self

    def unrender(self) -> Block:
        if self.parent is not None:
            self.parent.children.remove(self)
            self.parent = None
        return self

    def get_config(self) -> dict[str, Any]:
        """Display props sent to the front end (shared ones; subclasses add theirs)."""
        return {
            "name": type(self).__name__.lower(),
            "elem_id": self.elem_id,
            "elem_classes": self.elem_classes,
            "visible": self.visible,
            "key": self.key if isinstance(self.key, (str, int)) or self.key is None else list(self.key),
        }

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kwargs: Any) -> dict[str, Any]:
        """Displaying a block shows a live view of its model in its app (another view of
        the same widget when the app is already shown); a block in no app gets its own."""
        return hosting.host().show(self)

    def _repr_args(self) -> str:
        shown = []
        for k, v in getattr(self, "_constructor_args", {}).items():
            if k == "render":
                continue
            if callable(v) and not isinstance(v, (type, Block)):
                shown.append(f"{k}=<function {getattr(v, '__name__', 'fn')}>")
            else:
                shown.append(f"{k}={_short_repr(v)}")
        return ", ".join(shown)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._repr_args()})"


def _short_repr(v: Any) -> str:
    if isinstance(v, Block):
        return type(v).__name__
    r = repr(v)
    if " at 0x" in r:
        r = f"<{type(v).__name__}>"
    return r if len(r) <= 60 else r[:57] + "..."


class BlockContext(Block):
    """A block that holds other blocks: ``with gr.Row(): ...``.

    A container class without a view of its own (no ``VIEW``, no ``_esm``) shows its
    children stacked, as a ``Column`` does.
    """

    VIEW: str | None = "column"

    def __init__(self, **kwargs: Any) -> None:
        self.children: list[Block] = []
        super().__init__(**kwargs)

    def add_child(self, child: Block) -> None:
        child.parent = self
        self.children.append(child)

    def __enter__(self) -> Self:
        context.push(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        context.pop(self)
        if exc[0] is None:
            self._take_form_ids()

    def _take_form_ids(self) -> None:
        """Take the ids of the Forms Gradio adds here: when a layout closes, Gradio wraps
        each run of form components (Textbox, Number, ... with a container) among its
        children in a Form of its own, which takes the next block id. nbblocks draws no
        Form, but takes the ids, so block ids (``/config``'s, the ``parameter_<id>`` labels
        of ``/gradio_api/info``) count as Gradio's. State, Timer and BrowserState do not
        end a run; a ``variant="compact"`` Row or Column makes no Forms."""
        if getattr(self, "variant", None) == "compact" and type(self).__name__ in ("Row", "Column"):
            return
        in_run = False
        for child in self.children:
            if getattr(child, "IN_GRADIO_FORM", False) and getattr(child, "container", True) is not False:
                if not in_run:
                    _next_id()
                    in_run = True
            elif getattr(child, "ENDS_GRADIO_FORM", True):
                in_run = False

    def get_config(self) -> dict[str, Any]:
        return super().get_config()
