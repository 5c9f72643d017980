"""``gr.Interface`` and ``gr.TabbedInterface``: a whole app around one function.

An Interface is a ``Blocks`` app built from the usual pieces, in Gradio's layout: the
title and description, then a row with the inputs column (inputs, Clear/Submit/Stop,
examples) and the outputs column (outputs, Flag buttons), then the article. Its events
are ordinary listeners, so the app runs, tests (``Frontend``) and serves over HTTP like
any other.
"""

from __future__ import annotations

import html
import inspect
import os
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .blocks import Blocks
from .events import Dependency, event_data_params, on

if TYPE_CHECKING:
    from .components.base import Component
    from .components.button import Button
    from .components.clear_button import ClearButton
    from .examples import Examples
    from .flagging import FlaggingCallback
    from .layouts import Accordion, Column

__all__ = ["Interface", "TabbedInterface", "InterfaceTypes"]


class InterfaceTypes:
    STANDARD = "standard"  # inputs and outputs
    INPUT_ONLY = "input_only"
    OUTPUT_ONLY = "output_only"
    UNIFIED = "unified"  # the same components are the inputs and the outputs


class Interface(Blocks):
    """A UI for ``fn``: ``gr.Interface(fn, inputs="text", outputs="label")``.

    ``inputs``/``outputs`` are components, shortcut strings (``"text"``, ``"number"``,
    ``"slider"``, ``"checkbox"``, ``"dropdown"``, ``"json"``, ``"label"``, ``"state"``,
    ...) or lists of them. Inputs without a label take ``fn``'s parameter names; outputs
    are "output" (or "output 0", "output 1", ...). The main listener's ``api_name`` is
    ``"predict"``.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: str | Component | Sequence[str | Component] | None,
        outputs: str | Component | Sequence[str | Component] | None,
        examples: list[Any] | list[list[Any]] | str | None = None,
        *,
        cache_examples: bool | Literal["lazy"] | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        examples_per_page: int = 10,
        example_labels: list[str] | None = None,
        preload_example: int | Literal[False] = False,
        live: bool = False,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        theme: Any = None,
        flagging_mode: Literal["never", "auto", "manual"] | None = None,
        flagging_options: list[str] | list[tuple[str, str]] | None = None,
        flagging_dir: str = ".gradio/flagged",
        flagging_callback: FlaggingCallback | None = None,
        analytics_enabled: bool | None = None,
        batch: bool = False,
        max_batch_size: int = 4,
        api_name: str | Literal[False] | None = None,
        api_description: str | Literal[False] | None = None,
        _api_mode: bool = False,
        allow_duplication: bool = False,
        concurrency_limit: int | Literal["default"] | None = "default",
        css: str | None = None,
        css_paths: Any = None,
        js: str | Literal[True] | None = None,
        head: str | None = None,
        head_paths: Any = None,
        additional_inputs: str | Component | Sequence[str | Component] | None = None,
        additional_inputs_accordion: str | Accordion | None = None,
        submit_btn: str | Button = "Submit",
        stop_btn: str | Button = "Stop",
        clear_btn: str | Button | None = "Clear",
        delete_cache: tuple[int, int] | None = None,
        show_progress: Literal["full", "minimal", "hidden"] = "full",
        fill_width: bool = False,
        allow_flagging: Literal["never", "auto", "manual"] | None = None,
        time_limit: int | None = 30,
        stream_every: float = 0.5,
        deep_link: Any = None,
        validator: Callable[..., Any] | None = None,
        api_visibility: Literal["public", "private", "undocumented"] = "public",
        **kwargs: Any,
    ):
        from .components._registry import get_component_instance
        from .components.base import Component
        from .components.state import State
        from .flagging import CSVLogger

        super().__init__(
            theme=theme, analytics_enabled=analytics_enabled, mode="interface", title=title or "Gradio",
            css=css, css_paths=css_paths, js=js, head=head, head_paths=head_paths,
            delete_cache=delete_cache, fill_width=fill_width, **kwargs,
        )
        if not callable(fn):
            raise TypeError(f"Interface: fn must be callable, got {type(fn).__name__}")
        self.fn = fn
        self.__name__ = getattr(fn, "__name__", "fn")
        self.live = live
        self.description = description
        self.article = article
        self.api_name = api_name
        self.api_description = api_description
        if api_visibility not in ("public", "private", "undocumented"):
            raise ValueError(f"Interface: api_visibility must be 'public', 'private' or 'undocumented', got {api_visibility!r}")
        self.api_visibility = api_visibility
        self.validator = validator
        self.api_mode = _api_mode
        self.batch = batch
        self.max_batch_size = max_batch_size
        self.concurrency_limit = concurrency_limit
        self.show_progress = show_progress
        self.time_limit = time_limit
        self.stream_every = stream_every
        self.allow_duplication = allow_duplication
        self.deep_link = deep_link
        self._heading = title
        self._accordion = additional_inputs_accordion

        inputs_list = _as_list(inputs)
        outputs_list = _as_list(outputs)
        if not inputs_list and not outputs_list:
            raise ValueError("Interface: give at least one of inputs or outputs")
        self.interface_type = (
            InterfaceTypes.INPUT_ONLY if not outputs_list
            else InterfaceTypes.OUTPUT_ONLY if not inputs_list
            else InterfaceTypes.STANDARD
        )
        self.main_input_components: list[Component] = [get_component_instance(c, unrender=True) for c in inputs_list]
        self.additional_input_components: list[Component] = [
            get_component_instance(c, unrender=True) for c in _as_list(additional_inputs)
        ]
        self.input_components: list[Component] = self.main_input_components + self.additional_input_components
        self.output_components: list[Component] = [get_component_instance(c, unrender=True) for c in outputs_list]
        for comp in self.input_components + self.output_components:
            if not isinstance(comp, Component):
                raise TypeError(f"Interface: {comp!r} is not a component")

        self.cache_examples = cache_examples
        shortcut_states = {i for i, c in enumerate(inputs_list + _as_list(additional_inputs)) if c == "state"}
        self._link_state(fn, State, shortcut_states)
        if (
            len(self.input_components) == len(self.output_components)
            and all(i is o for i, o in zip(self.input_components, self.output_components))
        ):
            self.interface_type = InterfaceTypes.UNIFIED
        if self.interface_type in (InterfaceTypes.STANDARD, InterfaceTypes.OUTPUT_ONLY):
            for comp in self.output_components:
                if comp.interactive is None:
                    _set_prop(comp, "interactive", False)  # outputs are read-only unless asked
        self._label_components(fn)

        self.submit_btn_params = _button_params(submit_btn, "submit_btn", {"variant": "primary"})
        self.stop_btn_params = _button_params(stop_btn, "stop_btn", {"variant": "stop", "visible": False})
        self.clear_btn_params = (
            {"visible": False, "variant": "secondary"} if clear_btn is None
            else _button_params(clear_btn, "clear_btn", {"variant": "secondary"})
        )

        if allow_flagging is not None:
            warnings.warn("Interface: allow_flagging is deprecated; use flagging_mode", DeprecationWarning, stacklevel=2)
            flagging_mode = allow_flagging
        if flagging_mode is None:
            flagging_mode = os.environ.get("GRADIO_FLAGGING_MODE", "manual")  # type: ignore[assignment]  # checked below like a given mode
        if flagging_mode not in ("never", "auto", "manual"):
            raise ValueError(f"Interface: flagging_mode must be 'never', 'auto' or 'manual', got {flagging_mode!r}")
        self.flagging_mode = flagging_mode
        self.flagging_options = _flagging_options(flagging_options)
        self.flagging_callback = flagging_callback if flagging_callback is not None else CSVLogger()
        self.flagging_dir = flagging_dir
        if self.flagging_mode != "never" and self.interface_type != InterfaceTypes.INPUT_ONLY:
            unified = self.interface_type == InterfaceTypes.UNIFIED
            flagged = self.input_components if unified else self.input_components + self.output_components
            self.flagging_callback.setup(flagged, flagging_dir)

        self.examples = examples
        self.examples_per_page = examples_per_page
        self.example_labels = example_labels
        self.cache_mode = cache_mode
        self.preload_example = preload_example
        self.examples_handler: Examples | None = None
        if examples and self.interface_type == InterfaceTypes.OUTPUT_ONLY:
            raise ValueError("Interface: examples need input components")

        with self:
            self._render()

    # -- building --------------------------------------------------------------------

    def _link_state(self, fn: Callable[..., Any], state_cls: type, shortcuts: set[int]) -> None:
        """A ``"state"`` input and output (or one gr.State used as both) are one State,
        whose initial value is fn's default for that parameter."""
        ins = [i for i, c in enumerate(self.input_components) if isinstance(c, state_cls)]
        outs = [i for i, c in enumerate(self.output_components) if isinstance(c, state_cls)]
        if not ins and not outs:
            return
        if len(ins) != 1 or len(outs) != 1:
            raise ValueError("Interface: with state there must be exactly one state input and one state output")
        state = self.input_components[ins[0]]
        if ins[0] in shortcuts:  # "state": its initial value is fn's default for the parameter
            state = state_cls(value=_parameter_defaults(fn).get(ins[0]), render=False)
            self._replace_input(ins[0], state)
        self.output_components[outs[0]] = state
        if self.cache_examples:
            warnings.warn("Interface: examples cannot be cached with state inputs and outputs; caching is off", UserWarning, stacklevel=3)
        self.cache_examples = False

    def _replace_input(self, index: int, comp: Component) -> None:
        self.input_components[index] = comp
        n = len(self.main_input_components)
        if index < n:
            self.main_input_components[index] = comp
        else:
            self.additional_input_components[index - n] = comp

    def _label_components(self, fn: Callable[..., Any]) -> None:
        from .components.state import State

        names = _parameter_names(fn)
        for comp, name in zip(self.input_components, names):
            if getattr(comp, "label", None) is None and not isinstance(comp, State):
                _set_prop(comp, "label", name)
        for i, comp in enumerate(self.output_components):
            if getattr(comp, "label", None) is None and not isinstance(comp, State):
                _set_prop(comp, "label", "output" if len(self.output_components) == 1 else f"output {i}")

    def _render(self) -> None:
        from .components.markdown import Markdown
        from .layouts import Row

        if self._heading:
            Markdown(_heading(self._heading))
        if self.description:
            Markdown(self.description)
        submit = clear = stop = None
        flag_btns: list[Button] = []
        self._input_column: Column | None = None
        self._input_component_column: Column | None = None
        with Row():
            if self.interface_type != InterfaceTypes.OUTPUT_ONLY:
                submit, clear, stop, flag_btns = self._render_input_column()
            if self.interface_type in (InterfaceTypes.STANDARD, InterfaceTypes.OUTPUT_ONLY):
                submit, clear, stop, out_flags = self._render_output_column(submit, clear, stop)
                flag_btns = flag_btns or out_flags
        assert clear is not None
        # Gradio's order of listeners (so each fn_index is Gradio's): submit, clear, flagging,
        # then the examples' (placed in the input column, under the inputs).
        submit_event = self._attach_submit_events(submit, stop)
        self._attach_clear_events(clear)
        self._attach_flagging_events(flag_btns, clear, submit_event)
        if self._input_column is not None:
            with self._input_column:  # type: ignore[unreachable]  # set by _render_input_column; mypy keeps the None from above
                self._render_examples()
        if self.article:
            Markdown(self.article)

    def _render_input_column(self) -> tuple[Button | None, ClearButton, Button | None, list[Button]]:
        from .components.button import Button
        from .components.clear_button import ClearButton
        from .layouts import Accordion, Column, Row

        submit = stop = None
        flag_btns: list[Button] = []
        with Column() as outer:
            with Column() as inputs_column:
                for comp in self.main_input_components:
                    comp.render()
                if self.additional_input_components:
                    with Accordion(**self._accordion_params()):
                        for comp in self.additional_input_components:
                            comp.render()
            with Row():
                clear = ClearButton(**self.clear_btn_params)
                if self.interface_type == InterfaceTypes.UNIFIED or not self.live:
                    submit = Button(**self.submit_btn_params)
                    if _is_generator(self.fn) and not self.live:
                        stop = Button(**self.stop_btn_params)
                if self.interface_type == InterfaceTypes.UNIFIED:
                    flag_btns = self._render_flag_btns()
        self._input_column = outer
        self._input_component_column = inputs_column
        return submit, clear, stop, flag_btns

    def _render_output_column(
        self, submit: Button | None, clear: ClearButton | None, stop: Button | None,
    ) -> tuple[Button | None, ClearButton | None, Button | None, list[Button]]:
        from .components.button import Button
        from .components.clear_button import ClearButton
        from .components.state import State
        from .layouts import Column, Row

        with Column():
            for comp in self.output_components:
                if not isinstance(comp, State):
                    comp.render()
            with Row():
                if self.interface_type == InterfaceTypes.OUTPUT_ONLY:
                    clear = ClearButton(**self.clear_btn_params)
                    submit = Button("Generate", variant="primary")
                    if _is_generator(self.fn) and not self.live:
                        stop = Button(**self.stop_btn_params)
                flag_btns = self._render_flag_btns()
        return submit, clear, stop, flag_btns

    def _render_flag_btns(self) -> list[Button]:
        from .components.button import Button

        if self.flagging_mode != "manual":
            return []
        return [Button(label) for label, _ in self.flagging_options]

    def _render_examples(self) -> None:
        from .components.state import State
        from .examples import Examples

        if not self.examples:
            return
        self.examples_handler = Examples(
            examples=self.examples,
            inputs=[c for c in self.input_components if not isinstance(c, State)],
            outputs=[c for c in self.output_components if not isinstance(c, State)],
            fn=self.fn,
            cache_examples=self.cache_examples,
            cache_mode=self.cache_mode,
            examples_per_page=self.examples_per_page,
            _api_mode=self.api_mode,
            batch=self.batch,
            example_labels=self.example_labels,
            preload=self.preload_example,
        )

    def _accordion_params(self) -> dict[str, Any]:
        from .layouts import Accordion

        given = self._accordion
        if given is None:
            return {"label": "Additional Inputs", "open": False}
        if isinstance(given, str):
            return {"label": given}
        if isinstance(given, Accordion):
            return {k: v for k, v in given._constructor_args.items() if k != "render"}
        raise TypeError(f"Interface: additional_inputs_accordion must be a string or gr.Accordion, got {type(given).__name__}")

    # -- events ------------------------------------------------------------------------

    def _predict_options(self) -> dict[str, Any]:
        return {
            "api_name": self.api_name,
            "api_description": self.api_description,
            "api_visibility": self.api_visibility,
            "validator": self.validator,
            "preprocess": not self.api_mode,
            "postprocess": not self.api_mode,
        }

    def _attach_submit_events(self, submit: Button | None, stop: Button | None) -> Dependency:
        from .components.button import Button

        options = self._predict_options()
        if self.live:
            if self.interface_type == InterfaceTypes.OUTPUT_ONLY:
                assert submit is not None
                self.load(self.fn, None, self.output_components, api_name=False, api_visibility="private")
                output_only: Dependency = submit.click(
                    self.fn, None, self.output_components, batch=self.batch, max_batch_size=self.max_batch_size, **options
                )
                return output_only
            streaming = [c for c in self.input_components if getattr(c, "streaming", False) and _has_event(c, "stream")]
            triggers = [
                c.stream if c in streaming else c.change  # type: ignore[attr-defined]  # listener methods made from EVENTS
                for c in self.input_components if c in streaming or _has_event(c, "change")
            ]
            live: Dependency = on(
                triggers, self.fn, self.input_components, self.output_components,
                show_progress="hidden" if streaming else self.show_progress,
                trigger_mode="multiple" if streaming else "always_last",
                time_limit=self.time_limit, stream_every=self.stream_every, **options,
            )
            return live
        assert submit is not None
        triggers = [submit.click] + [
            c.submit for c in self.input_components if _has_event(c, "submit")  # type: ignore[attr-defined]  # made from EVENTS
        ]
        run = {
            "scroll_to_output": True, "batch": self.batch, "max_batch_size": self.max_batch_size,
            "concurrency_limit": self.concurrency_limit, "show_progress": self.show_progress, **options,
        }
        if stop is None:
            single: Dependency = on(triggers, self.fn, self.input_components, self.output_components, **run)
            return single
        ui = {"queue": False, "api_visibility": "undocumented", "show_progress": "hidden"}

        def cleanup() -> tuple[Button, Button]:  # Gradio's name, so the api_names match
            return Button(visible=True), Button(visible=False)

        predict = on(triggers, lambda: (Button(visible=False), Button(visible=True)), None, [submit, stop], **ui).then(
            self.fn, self.input_components, self.output_components, **run,
        )
        done: Dependency = predict.then(cleanup, None, [submit, stop], **ui)
        stop.click(cleanup, None, [submit, stop], cancels=predict, **ui)
        return done

    def _attach_clear_events(self, clear: ClearButton) -> None:
        clear.add(list(dict.fromkeys(self.input_components + self.output_components)))
        # Gradio's second clear listener resets its input column's look in the browser; the
        # page here has nothing to reset, but the listener keeps Gradio's fn_index order.
        column = self._input_component_column
        clear.click(None, None, [column] if column is not None else [], queue=False, show_progress="hidden",
                    api_name=False, api_visibility="private")

    def _attach_flagging_events(self, flag_btns: list[Button], clear: ClearButton, submit_event: Dependency) -> None:
        from .flagging import FlagMethod
        from .updates import skip

        if self.flagging_mode == "never" or self.interface_type == InterfaceTypes.INPUT_ONLY:
            return
        ui = {"queue": False, "api_visibility": "undocumented", "preprocess": False}
        flagged = self.input_components if self.interface_type == InterfaceTypes.UNIFIED else self.input_components + self.output_components
        if self.flagging_mode == "auto":  # every successful run is flagged
            flag = FlagMethod(self.flagging_callback, "", None, visual_feedback=False)
            submit_event.success(flag, flagged, None, show_progress="hidden", **ui)
            return
        for button, (label, value) in zip(flag_btns, self.flagging_options):
            flag = FlagMethod(self.flagging_callback, label, value)
            # Gradio's "Saving..." listener (its fn_index kept); the Flag listener shows it
            # itself, in order with the reset (FlagMethod)
            button.click(lambda: skip(), None, button, show_progress="hidden", **ui)
            button.click(flag, flagged, button, show_progress="hidden", **ui)
            clear.click(flag.reset, None, button, show_progress="hidden", **ui)

    # -- repr ----------------------------------------------------------------------------

    def __repr__(self) -> str:
        head = f"Gradio Interface for: {self.__name__}"
        lines = [head, "-" * len(head), "inputs:"]
        lines += [f"|-{c!r}" for c in self.input_components]
        lines.append("outputs:")
        lines += [f"|-{c!r}" for c in self.output_components]
        return "\n".join(lines)


class TabbedInterface(Blocks):
    """Several apps (Interfaces or Blocks), one per tab: ``gr.TabbedInterface([a, b], ["A", "B"])``."""

    def __init__(
        self,
        interface_list: Sequence[Blocks],
        tab_names: list[str] | None = None,
        title: str | None = None,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        css: str | None = None,
        js: str | Literal[True] | None = None,
        head: str | None = None,
        tabs_kwargs: dict[str, Any] | None = None,
    ):
        from .components.markdown import Markdown
        from .layouts import Tab, Tabs

        super().__init__(
            title=title or "Gradio", theme=theme, analytics_enabled=analytics_enabled,
            mode="tabbed_interface", css=css, js=js, head=head, fill_height=True,
        )
        apps = list(interface_list)
        for app in apps:
            if not isinstance(app, Blocks):
                raise TypeError(f"TabbedInterface: expected Interfaces or Blocks, got {type(app).__name__}")
        if tab_names is None:
            tab_names = [f"Tab {i}" for i in range(len(apps))]
        if len(tab_names) != len(apps):
            raise ValueError(f"TabbedInterface: {len(tab_names)} tab names for {len(apps)} apps")
        self.interface_list = apps
        self.tab_names = list(tab_names)
        with self:
            if title:
                Markdown(_heading(title))
            with Tabs(**(tabs_kwargs or {})):
                for app, name in zip(apps, tab_names):
                    with Tab(label=name, scale=1 if app.fill_height else None):
                        app.render()


# -- helpers ------------------------------------------------------------------------------


def _heading(title: str) -> str:
    return f'<h1 style="text-align: center; margin-bottom: 1rem">{html.escape(title)}</h1>'


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _set_prop(comp: Component, name: str, value: Any) -> None:
    """Set a constructor prop after the fact, so session updates (which rebuild the
    component from its constructor arguments) keep it."""
    setattr(comp, name, value)
    comp._constructor_args[name] = value


def _button_params(button: Any, what: str, defaults: dict[str, Any]) -> dict[str, Any]:
    from .components.button import Button

    if isinstance(button, str):
        return {"value": button, **defaults}
    if isinstance(button, Button):
        return {k: v for k, v in button._constructor_args.items() if k != "render"}
    raise TypeError(f"Interface: {what} must be a string or a gr.Button, got {type(button).__name__}")


def _flagging_options(options: Any) -> list[tuple[str, str | None]]:
    if options is None:
        return [("Flag", None)]
    if not isinstance(options, list):
        raise ValueError("Interface: flagging_options must be a list of strings or of (label, value) pairs")
    if all(isinstance(o, str) for o in options):
        return [(f"Flag as {o}", o) for o in options]
    if all(isinstance(o, tuple) and len(o) == 2 and all(isinstance(x, str) for x in o) for o in options):
        return list(options)
    raise ValueError("Interface: flagging_options must be a list of strings or of (label, value) pairs")


def _parameters(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    """fn's positional parameters that receive input values (not EventData or Progress)."""
    from .progress import Progress

    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    special = set(event_data_params(fn))
    return [
        p for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        and p.name not in special and not isinstance(p.default, Progress)
    ]


def _parameter_names(fn: Callable[..., Any]) -> list[str]:
    return [p.name for p in _parameters(fn)]


def _parameter_defaults(fn: Callable[..., Any]) -> dict[int, Any]:
    return {i: p.default for i, p in enumerate(_parameters(fn)) if p.default is not p.empty}


def _is_generator(fn: Callable[..., Any]) -> bool:
    call = getattr(fn, "__call__", None)  # noqa: B004 - the __call__ method itself may be a generator
    return any(inspect.isgeneratorfunction(f) or inspect.isasyncgenfunction(f) for f in (fn, call) if f is not None)


def _has_event(comp: Component, event: str) -> bool:
    return any(str(listener) == event for listener in type(comp).EVENTS)
