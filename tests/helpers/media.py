"""Small media files made with ffmpeg at test time, with known content and timing.

* ``clip``: H.264/AAC mp4, 320x240, 10 fps, 3 s: red for the first second, then green, then
  blue; an embedded French mov_text track ("Rouge" 0-1 s, "Vert" 1-2 s) and an English
  sidecar ``clip.en.vtt`` ("Red" 0-1 s, "Green" 1-2 s, "Blue" 2-3 s).
* ``interview``: audio-only AAC .m4a, 2 s, with ``interview.en.vtt`` naming the speaker.
* ``truncated``: the first third of an mp4 whose index sits at the end (unreadable).
* ``av1``: AV1 video with AAC sound in mp4, which QtMultimedia's FFmpeg cannot decode (it fails silently).
* ``missing``: a path where no file is.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CLIP_COLOURS = ((255, 0, 0), (0, 255, 0), (0, 0, 255))  # one per second
CLIP_SECONDS = 3
INTERVIEW_SPEAKER = "Amina Diallo"

CLIP_VTT = """WEBVTT

00:00:00.000 --> 00:00:01.000
Red

00:00:01.000 --> 00:00:02.000
Green

00:00:02.000 --> 00:00:03.000
Blue
"""

CLIP_FR_SRT = """1
00:00:00,000 --> 00:00:01,000
Rouge

2
00:00:01,000 --> 00:00:02,000
Vert
"""

INTERVIEW_VTT = f"""WEBVTT

00:00:00.200 --> 00:00:01.000
<v {INTERVIEW_SPEAKER}>Trafficking is a crime against a person.

00:00:01.000 --> 00:00:02.000
<v {INTERVIEW_SPEAKER}>Report it to the authorities.
"""


def ffmpeg_available() -> bool:
    """True when an ffmpeg binary is on PATH."""
    return shutil.which("ffmpeg") is not None


def av1_encoder() -> str | None:
    """The first AV1 encoder this ffmpeg has (Debian 12's has libaom-av1, libsvtav1, librav1e)."""
    listing = subprocess.run(
        ["ffmpeg", "-hide_banner", "-encoders"], capture_output=True, text=True, check=True
    ).stdout
    for name in ("libaom-av1", "libsvtav1", "librav1e"):
        if f" {name} " in listing:
            return name
    return None


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def _colour_source(seconds: int, size: str, rate: int) -> str:
    parts = [f"color=c=0x{r:02X}{g:02X}{b:02X}:s={size}:r={rate}:d=1[c{i}]"
             for i, (r, g, b) in enumerate(CLIP_COLOURS[:seconds])]
    joined = "".join(f"[c{i}]" for i in range(seconds))
    return ";".join(parts) + f";{joined}concat=n={seconds}:v=1:a=0,format=yuv420p[v]"


def make_clip(path: Path, *, faststart: bool = True) -> Path:
    """The red/green/blue H.264 clip with an embedded French caption track."""
    srt = path.with_name(path.stem + ".fr-track.srt")
    srt.write_text(CLIP_FR_SRT, encoding="utf-8")
    _ffmpeg(
        "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={CLIP_SECONDS}",
        "-i", str(srt),
        "-filter_complex", _colour_source(CLIP_SECONDS, "320x240", 10),
        "-map", "[v]", "-map", "0:a", "-map", "1:s",
        "-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "48k", "-c:s", "mov_text", "-metadata:s:s:0", "language=fra",
        *(["-movflags", "+faststart"] if faststart else []),
        str(path),
    )
    srt.unlink()
    return path


def make_interview(path: Path) -> Path:
    """A 2 s audio-only AAC interview."""
    _ffmpeg("-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000:duration=2",
            "-c:a", "aac", "-b:a", "48k", str(path))
    return path


def make_av1(path: Path) -> Path:
    """A 2 s AV1 clip with AAC sound in mp4, made with whichever AV1 encoder this ffmpeg has."""
    encoder = av1_encoder()
    if encoder is None:
        raise RuntimeError("this ffmpeg has no AV1 encoder")
    speed = {"libaom-av1": ["-cpu-used", "8", "-row-mt", "1"],
             "libsvtav1": ["-preset", "12"], "librav1e": ["-speed", "10"]}[encoder]
    _ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x240:r=10:d=2",
            "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=48000:duration=2",
            "-c:v", encoder, *speed, "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "48k",
            str(path))
    return path


def make_all(folder: Path) -> dict[str, Path]:
    """Make every test file in ``folder`` and return them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    clip = make_clip(folder / "clip.mp4")
    (folder / "clip.en.vtt").write_text(CLIP_VTT, encoding="utf-8")
    interview = make_interview(folder / "interview.m4a")
    (folder / "interview.en.vtt").write_text(INTERVIEW_VTT, encoding="utf-8")
    whole = make_clip(folder / "whole-index-at-end.mp4", faststart=False)
    truncated = folder / "truncated.mp4"
    data = whole.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    whole.unlink()
    return {
        "clip": clip,
        "interview": interview,
        "truncated": truncated,
        "av1": make_av1(folder / "av1.mp4"),
        "missing": folder / "missing.mp4",
    }
