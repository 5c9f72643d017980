"""Data models: how GradioModel, GradioRootModel and FileData serialise."""

from __future__ import annotations

from typing import List, Optional

import pytest
from pydantic import ValidationError

from nbblocks.data_classes import FileData, GradioModel, GradioRootModel, ListFiles, is_file_obj


class Names(GradioModel):
    names: List[str]


class NamesRoot(GradioRootModel):
    root: List[str]


class VideoData(GradioModel):
    video: FileData
    subtitles: Optional[FileData] = None


def test_model_serialises_to_a_dict_of_its_fields():
    names = Names(names=["freddy", "pete"])
    assert names.model_dump() == {"names": ["freddy", "pete"]}
    assert names.to_json() == {"names": ["freddy", "pete"]}


def test_root_model_serialises_to_its_root():
    names = NamesRoot(["freddy", "pete"])
    assert names.model_dump() == ["freddy", "pete"]
    assert names.to_json() == ["freddy", "pete"]
    assert names.model_dump_json() == '["freddy","pete"]'


@pytest.mark.parametrize(
    "model, payload",
    [(Names, {"names": ["a", "b"]}), (NamesRoot, ["a", "b"])],
    ids=["model", "root-model"],
)
def test_from_json_round_trips(model, payload):
    value = model.from_json(payload)
    assert isinstance(value, model)
    assert value.to_json() == payload
    assert model.from_json(value.to_json()) == value


@pytest.mark.parametrize(
    "model, payload",
    [(Names, {"names": "freddy"}), (Names, {}), (NamesRoot, "freddy"), (NamesRoot, [1, 2])],
)
def test_invalid_payloads_are_rejected(model, payload):
    with pytest.raises(ValidationError):
        model.from_json(payload)


def test_json_schema_comes_from_the_model():
    assert Names.model_json_schema() == {
        "properties": {"names": {"items": {"type": "string"}, "title": "Names", "type": "array"}},
        "required": ["names"],
        "title": "Names",
        "type": "object",
    }
    assert NamesRoot.model_json_schema() == {"items": {"type": "string"}, "title": "NamesRoot", "type": "array"}


def test_filedata_field_names_and_defaults():
    f = FileData(path="abc123/cat.png")
    assert f.model_dump() == {
        "path": "abc123/cat.png",
        "url": None,
        "size": None,
        "orig_name": None,
        "mime_type": None,
        "is_stream": False,
        "meta": {"_type": "gradio.FileData"},
    }
    assert f.is_none is False


def test_filedata_requires_a_path():
    with pytest.raises(ValidationError, match="path"):
        FileData()


def test_filedata_meta_is_not_shared_between_instances():
    a, b = FileData(path="a"), FileData(path="b")
    a.meta["extra"] = 1
    assert b.meta == {"_type": "gradio.FileData"}


def test_filedata_nested_in_a_model():
    data = VideoData.from_json({"video": {"path": "v.mp4", "size": 10}})
    assert isinstance(data.video, FileData)
    assert data.video.size == 10
    assert data.subtitles is None
    assert data.to_json()["video"]["meta"] == {"_type": "gradio.FileData"}


def test_list_files_is_a_root_model_of_filedata():
    files = ListFiles.from_json([{"path": "a.txt"}, {"path": "b.txt", "orig_name": "b.txt"}])
    assert [f.path for f in files] == ["a.txt", "b.txt"]
    assert files[1].orig_name == "b.txt"
    assert [f["path"] for f in files.to_json()] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    "value, expected",
    [
        (FileData(path="a.png").model_dump(), True),
        ({"path": "a.png", "meta": {"_type": "gradio.FileData"}}, True),
        ({"path": "a.png"}, False),  # no meta: not what a client sends for a file
        ({"path": "a.png", "meta": {"_type": "other"}}, False),
        ({"path": "a.png", "meta": "gradio.FileData"}, False),
        ({"meta": {"_type": "gradio.FileData"}}, False),
        (FileData(path="a.png"), False),  # the model itself, not its serialised form
        ("a.png", False),
        (None, False),
        ([{"path": "a.png", "meta": {"_type": "gradio.FileData"}}], False),
    ],
)
def test_is_file_obj(value, expected):
    assert is_file_obj(value) is expected
