"""Flagging: the CSV logger, formula neutralisation, and an Interface's Flag buttons end to end."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any, List

import pytest

import nbblocks as gr
from nbblocks.components.base import serialize
from nbblocks.data_classes import GradioModel
from nbblocks.flagging import CSVLogger, FlaggingCallback, escape_cell, unescape_cell
from nbblocks.testing import Frontend
from support.images import png_file

TRICKY = [
    "", "plain", "=1+2", "=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3", "@cmd", "\tTab", "\rCR", "\nLF",
    "'quoted", "''", "'=already", "-3", "+1.5e3", "-inf", "a=b", " =space first", "ok, with comma", "multi\nline",
]


@pytest.mark.parametrize("text", TRICKY)
def test_escaping_is_reversible(text):
    assert unescape_cell(escape_cell(text)) == text


@pytest.mark.parametrize("text", ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tTab", "\rCR", "\nLF"])
def test_formulas_are_neutralised(text):
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["-3", "+1.5e3", "plain", "a=b", ""])
def test_numbers_and_plain_text_are_left_alone(text):
    assert escape_cell(text) == text


def rows(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_logger_writes_header_and_neutralised_rows(tmp_path):
    logger = CSVLogger(verbose=False)
    logger.setup([gr.Textbox(label="=evil label"), gr.Number(label="n")], tmp_path / "flags")
    assert not (tmp_path / "flags").exists()  # nothing is written before the first flag
    assert logger.flag(["=1+2", -3]) == 1
    assert logger.flag(["@SUM(A1)", 4]) == 2
    table = rows(tmp_path / "flags" / "dataset1.csv")
    assert table[0] == ["'=evil label", "n", "timestamp"]
    assert [r[:2] for r in table[1:]] == [["'=1+2", "-3"], ["'@SUM(A1)", "4"]]
    samples = logger.read()
    assert [s.values for s in samples] == [["=1+2", -3], ["@SUM(A1)", 4]]
    assert samples[0].flag is None and samples[0].timestamp


def test_flag_option_and_username_columns_and_a_new_file_when_headers_change(tmp_path):
    logger = CSVLogger(verbose=False)
    logger.setup([gr.Textbox(label="a")], tmp_path)
    logger.flag(["x"], flag_option="good")
    logger.flag(["y"])
    assert rows(tmp_path / "dataset1.csv")[0] == ["a", "flag", "timestamp"]
    assert [s.flag for s in logger.read()] == ["good", ""]
    logger.flag(["z"], flag_option="bad", username="ada")
    assert logger.dataset_filepath == tmp_path / "dataset2.csv"
    assert rows(tmp_path / "dataset2.csv")[0] == ["a", "flag", "username", "timestamp"]
    assert logger.read()[0].username == "ada"
    # Another logger with the same labels continues the newest file.
    again = CSVLogger(verbose=False)
    again.setup([gr.Textbox(label="a")], tmp_path)
    again.flag(["w"], flag_option="ok", username="bo")
    assert again.dataset_filepath == tmp_path / "dataset2.csv"
    relabelled = CSVLogger(verbose=False)
    relabelled.setup([gr.Textbox(label="b")], tmp_path)
    relabelled.flag(["v"])
    assert relabelled.dataset_filepath == tmp_path / "dataset3.csv"


def test_concurrent_flags_all_land(tmp_path):
    logger = CSVLogger(verbose=False)
    logger.setup([gr.Textbox(label="t")], tmp_path)
    threads = [threading.Thread(target=logger.flag, args=([f"row {i}"],)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(s.values[0] for s in logger.read()) == sorted(f"row {i}" for i in range(20))


def test_every_component_reads_back_what_it_flagged(tmp_path):
    comps = [
        gr.Textbox(label="text"), gr.Number(label="number"), gr.Slider(0, 10, label="slider"),
        gr.Checkbox(label="check"), gr.CheckboxGroup(["a", "b"], label="group"),
        gr.Dropdown(["x", "y"], multiselect=True, label="multi"), gr.Radio(["r", "s"], label="radio"),
        gr.JSON(label="json"), gr.Label(label="label"), gr.Markdown(label="md"), gr.HTML(label="html"),
    ]
    values = ["=a,b\n\"c\"", -1.5, 7, True, ["a", "b"], ["y"], "s", {"k": [1, None, "=x"]}, {"cat": 0.75, "dog": 0.25}, "# T", "<b>x</b>"]
    payloads = [serialize(c.postprocess(v)) for c, v in zip(comps, values)]
    logger = CSVLogger(verbose=False)
    logger.setup(comps, tmp_path)
    logger.flag(payloads)
    (sample,) = logger.read()
    assert [serialize(v) for v in sample.values] == payloads


class Names(GradioModel):
    names: List[str]


class NameList(gr.Component):
    data_model = Names

    def preprocess(self, payload):
        return payload.names

    def postprocess(self, value):
        return Names(names=list(value or []))

    def example_payload(self):
        return {"names": ["a"]}

    def example_value(self):
        return ["a"]


def test_interface_flag_button_end_to_end(tmp_path):
    def team(lead: str, size: float):
        return [lead.upper()] * int(size), {"lead": lead, "size": size}

    io = gr.Interface(team, ["text", gr.Number()], [NameList(label="Team"), "json"],
                      flagging_options=["right", "wrong"], flagging_dir=str(tmp_path))
    ui = Frontend(io)
    lead, size = io.input_components
    names, info = io.output_components
    ui.set(lead, "=cmd|' /C calc'!A0")
    ui.set(size, 2)
    ui.click([b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Submit"][0])
    flag_wrong = [b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Flag as wrong"][0]
    ui.click(flag_wrong)
    assert ui.value(flag_wrong) == "Flag as wrong" and ui.props(flag_wrong)["interactive"] is True
    shown = [ui.value(c) for c in (lead, size, names, info)]
    table = rows(tmp_path / "dataset1.csv")
    assert table[0] == ["lead", "size", "Team", "output 1", "flag", "timestamp"]
    assert table[1][0] == "'=cmd|' /C calc'!A0" and table[1][4] == "wrong"
    (sample,) = io.flagging_callback.read()
    assert [serialize(v) for v in sample.values] == shown
    assert sample.flag == "wrong"
    assert isinstance(sample.values[2], Names)


def test_auto_flagging_flags_each_successful_run_and_never_shows_no_button(tmp_path):
    def maybe(x: float):
        if x < 0:
            raise gr.Error("negative")
        return x * 2

    io = gr.Interface(maybe, "number", "number", flagging_mode="auto", flagging_dir=str(tmp_path))
    assert not [b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Flag"]
    ui = Frontend(io)
    submit = [b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Submit"][0]
    for x in (1, -1, 3):
        ui.set(io.input_components[0], x)
        ui.click(submit)
    assert [s.values for s in io.flagging_callback.read()] == [[1, 2], [3, 6]]
    never = gr.Interface(maybe, "number", "number", flagging_mode="never")
    assert not [b for b in never.blocks.values() if isinstance(b, gr.Button) and b.value.startswith("Flag")]


def test_custom_flagging_callback_and_failures_are_reported():
    class Memory(FlaggingCallback):
        def setup(self, components, flagging_dir):
            self.components, self.rows = components, []

        def flag(self, flag_data: list[Any], flag_option=None, username=None) -> int:
            if flag_data[0] == "boom":
                raise OSError("disk full")
            self.rows.append((flag_data, flag_option))
            return len(self.rows)

    memory = Memory()
    io = gr.Interface(str.upper, "text", "text", flagging_callback=memory, flagging_options=[("Nice", "nice")])
    ui = Frontend(io)
    flag = [b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Nice"][0]
    ui.set(io.input_components[0], "ok")
    ui.click(flag)
    assert memory.rows == [(["ok", ""], "nice")]
    ui.set(io.input_components[0], "boom")
    ui.click(flag)
    assert ui.toasts[-1]["message"] == "Flagging failed: disk full"
    assert ui.value(flag) == "Nice" and ui.props(flag)["interactive"] is True


def test_flagged_files_are_copied_and_read_back(tmp_path):
    import numpy as np

    from nbblocks import files

    source = tmp_path / "in.png"
    png_file(source, (4, 2), (10, 20, 30))
    io = gr.Interface(lambda img: np.flip(img, axis=1), "image", gr.Image(format="png"),
                      flagging_dir=str(tmp_path / "flags"))
    ui = Frontend(io)
    photo, flipped = io.input_components[0], io.output_components[0]
    ui.upload(photo, str(source))
    ui.click([b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Submit"][0])
    ui.click([b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Flag"][0])
    (row,) = rows(io.flagging_callback.dataset_filepath)[1:]
    copied_in, copied_out = Path(row[0]), Path(row[1])  # a single file is stored as its path
    assert copied_in.read_bytes() == source.read_bytes() and (tmp_path / "flags" / "img") in copied_in.parents
    assert copied_out.read_bytes()[:4] == b"\x89PNG"  # pixels encoded in the output's format
    with files.bind(io.files):
        (sample,) = io.flagging_callback.read()
    read_back, shown = sample.values[0].model_dump(mode="json"), ui.value(photo)
    assert {**read_back, "path": None} == {**shown, "path": None}  # issued again: its own handle
    assert io.files.read(read_back["path"]) == io.files.read(shown["path"])
    assert io.files.read(sample.values[1].path) == copied_out.read_bytes()
    io.close()
