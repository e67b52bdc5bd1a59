#!/usr/bin/env python3
"""Rebuild the bundled Blue Heart PSA from its script, graphics and Debian's ffmpeg.

Reads ``script.json`` (the scenes: on-screen English text and the EN/FR/ES captions) and
``blue-heart.svg`` beside this file and writes, into ``assets/content/media/``:

* ``blue-heart-psa.mp4``: 1920x1080, 30 fps, H.264 (yuv420p, +faststart) with a quiet AAC
  pad and the three caption tracks embedded as mov_text with language tags;
* ``blue-heart-psa.{en,fr,es}.vtt``: the same captions as WebVTT sidecars;
* ``blue-heart-psa.jpg``: the poster, a frame of the first scene.

The build is deterministic: no random sources, bit-exact muxing, no metadata carried over,
so the same ffmpeg build and font give the same bytes (``--check`` rebuilds into a temp
folder and compares). Needs only Python's standard library, ``ffmpeg`` (with librsvg,
libfreetype and libx264, as Debian's is) and the Noto Sans or DejaVu Sans font files.

Usage::

    python3 assets/psa/make_psa.py            # rebuild in place
    python3 assets/psa/make_psa.py --check    # rebuild elsewhere and compare bytes
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEDIA_DIR = HERE.parent / "content" / "media"
NAME = "blue-heart-psa"
LANGUAGES = {"en": "eng", "fr": "fra", "es": "spa"}

WIDTH, HEIGHT, FPS = 1920, 1080, 30
NAVY = "0x0A1A33"
WHITE = "0xFFFFFF"
SOFT = "0xC8D6E5"
FADE = 0.6  # seconds of cross-fade between scenes

FONT_CANDIDATES = {
    "bold": [
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ],
    "regular": [
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ],
}


def find_font(weight: str) -> str:
    """Return the first installed font file for ``weight`` (Debian fonts-noto-core first)."""
    for candidate in FONT_CANDIDATES[weight]:
        if Path(candidate).is_file():
            return candidate
    sys.exit(f"no {weight} font found; install fonts-noto-core or fonts-dejavu-core")


def scene_starts(scenes: list[dict]) -> list[float]:
    """Start time of each scene in the finished video (scenes overlap by FADE seconds)."""
    starts, t = [], 0.0
    for scene in scenes:
        starts.append(t)
        t += scene["seconds"] - FADE
    return starts


def total_seconds(scenes: list[dict]) -> float:
    """Length of the finished video."""
    return sum(s["seconds"] for s in scenes) - FADE * (len(scenes) - 1)


def vtt_time(seconds: float) -> str:
    """Format seconds as a WebVTT timestamp (HH:MM:SS.mmm)."""
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def caption_cues(scenes: list[dict], lang: str) -> list[tuple[float, float, str]]:
    """One cue per scene, from the middle of the fade in to the middle of the fade out."""
    starts = scene_starts(scenes)
    end_of_video = total_seconds(scenes)
    cues = []
    for i, scene in enumerate(scenes):
        start = 0.5 if i == 0 else starts[i] + FADE / 2
        end = end_of_video - 0.5 if i == len(scenes) - 1 else starts[i + 1] + FADE / 2
        text = "\n".join(textwrap.wrap(scene["caption"][lang], width=48))
        cues.append((start, end, text))
    return cues


def write_vtt(path: Path, cues: list[tuple[float, float, str]]) -> None:
    """Write cues as a WebVTT file (UTF-8, LF line ends)."""
    parts = ["WEBVTT", ""]
    for start, end, text in cues:
        parts += [f"{vtt_time(start)} --> {vtt_time(end)}", text, ""]
    path.write_text("\n".join(parts), encoding="utf-8", newline="\n")


def drawtext(textfile: Path, font: str, size: int, color: str, y: int) -> str:
    """A drawtext filter for one centred line read from ``textfile`` (no escaping needed)."""
    return (
        f"drawtext=fontfile='{font}':textfile='{textfile}':expansion=none:"
        f"fontsize={size}:fontcolor={color}:x=(w-text_w)/2:y={y}"
    )


def scene_filter(index: int, scene: dict, work: Path, fonts: dict[str, str]) -> str:
    """Filter chain drawing one scene as stream [sN] from the heart input [hN]."""
    duration = scene["seconds"]
    headline_size, body_size = (110, 60) if scene["layout"] == "hero" else (100, 58)
    lines = [("bold", headline_size, WHITE, line) for line in scene["headline"]]
    lines += [("regular", body_size, SOFT, line) for line in scene["body"]]
    heights = [int(size * 1.35) for _, size, _, _ in lines]
    gap = 40 if scene["body"] else 0
    text_height = sum(heights) + gap

    if scene["layout"] == "hero":
        heart_w, heart_h = 560, 504
    else:
        heart_w, heart_h = 220, 198
    block = heart_h + 70 + text_height
    top = (HEIGHT - block) // 2
    heart_x, heart_y = (WIDTH - heart_w) // 2, top

    chain = [
        f"color=c={NAVY}:s={WIDTH}x{HEIGHT}:r={FPS}:d={duration}[bg{index}]",
        f"[h{index}]scale={heart_w}:{heart_h}:flags=lanczos[hs{index}]",
        f"[bg{index}][hs{index}]overlay=x={heart_x}:y={heart_y}:shortest=1:format=auto",
    ]
    y = top + heart_h + 70
    for n, (weight, size, color, text) in enumerate(lines):
        if n == len(scene["headline"]):
            y += gap
        textfile = work / f"scene{index}-line{n}.txt"
        textfile.write_text(text, encoding="utf-8")
        chain[-1] += "," + drawtext(textfile, fonts[weight], size, color, y)
        y += heights[n]
    chain[-1] += f",format=yuv420p,setsar=1[s{index}]"
    return ";".join(chain)


def audio_filter(seconds: float) -> str:
    """A quiet, slowly breathing A-major pad (pure sines, no noise: deterministic)."""
    tones = "+".join(
        f"{amp}*sin(2*PI*{freq}*t)"
        for freq, amp in [(110.0, 0.5), (164.81, 0.35), (220.0, 0.3), (277.18, 0.2), (329.63, 0.15)]
    )
    breathe = "(0.75+0.25*sin(2*PI*t/8))"
    return (
        f"aevalsrc=exprs='0.09*({tones})*{breathe}':s=48000:d={seconds:.3f},"
        f"afade=t=in:d=2,afade=t=out:st={seconds - 3:.3f}:d=3[aout]"
    )


def build(out_dir: Path) -> None:
    """Render the mp4, sidecars and poster into ``out_dir``."""
    script = json.loads((HERE / "script.json").read_text(encoding="utf-8"))
    scenes = script["scenes"]
    seconds = total_seconds(scenes)
    fonts = {weight: find_font(weight) for weight in FONT_CANDIDATES}
    out_dir.mkdir(parents=True, exist_ok=True)

    for lang in LANGUAGES:
        write_vtt(out_dir / f"{NAME}.{lang}.vtt", caption_cues(scenes, lang))

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        heart = work / "heart.png"
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
             "-width", "1120", "-height", "1008", "-i", str(HERE / "blue-heart.svg"),
             "-fflags", "+bitexact", "-flags", "+bitexact", str(heart)],
            check=True,
        )
        count = len(scenes)
        graph = [f"[0:v]split={count}" + "".join(f"[h{i}]" for i in range(count))]
        graph += [scene_filter(i, s, work, fonts) for i, s in enumerate(scenes)]
        previous, starts = "s0", scene_starts(scenes)
        for i in range(1, count):
            label = f"x{i}" if i < count - 1 else "vout"
            graph.append(
                f"[{previous}][s{i}]xfade=transition=fade:duration={FADE}:"
                f"offset={starts[i]:.3f}[{label}]"
            )
            previous = label
        graph.append(audio_filter(seconds))

        cmd = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
               "-loop", "1", "-framerate", str(FPS), "-t", f"{seconds:.3f}", "-i", str(heart)]
        for lang in LANGUAGES:
            cmd += ["-i", str(out_dir / f"{NAME}.{lang}.vtt")]
        cmd += ["-filter_complex", ";".join(graph), "-map", "[vout]", "-map", "[aout]"]
        for n in range(len(LANGUAGES)):
            cmd += ["-map", f"{n + 1}:s"]
        cmd += [
            "-c:v", "libx264", "-preset", "slow", "-crf", "24", "-tune", "stillimage",
            "-pix_fmt", "yuv420p", "-profile:v", "high", "-level", "4.0", "-g", str(FPS * 2),
            "-r", str(FPS),
            "-c:a", "aac", "-b:a", "64k", "-ac", "1",
            "-c:s", "mov_text",
        ]
        for n, (lang, iso639_2) in enumerate(LANGUAGES.items()):
            cmd += [f"-metadata:s:s:{n}", f"language={iso639_2}",
                    f"-metadata:s:s:{n}", f"handler_name=Captions ({lang})"]
        cmd += [
            "-disposition:s:0", "default",
            "-map_metadata", "-1", "-map_chapters", "-1",
            "-metadata", f"title={script['title']}",
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
            "-movflags", "+faststart", "-t", f"{seconds:.3f}",
            str(out_dir / f"{NAME}.mp4"),
        ]
        subprocess.run(cmd, check=True)

    poster_at = scene_starts(scenes)[0] + scenes[0]["seconds"] / 2
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-ss", f"{poster_at:.3f}", "-i", str(out_dir / f"{NAME}.mp4"),
         "-frames:v", "1", "-q:v", "3", "-map_metadata", "-1",
         "-fflags", "+bitexact", "-flags", "+bitexact", str(out_dir / f"{NAME}.jpg")],
        check=True,
    )


def outputs(folder: Path) -> list[Path]:
    """The files this script makes, inside ``folder``."""
    names = [f"{NAME}.mp4", f"{NAME}.jpg"] + [f"{NAME}.{lang}.vtt" for lang in LANGUAGES]
    return [folder / n for n in names]


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="rebuild into a temp folder and compare with the committed files")
    parser.add_argument("--out", type=Path, default=MEDIA_DIR, help="output folder")
    args = parser.parse_args()
    if shutil.which("ffmpeg") is None:
        sys.exit("ffmpeg not found (apt-get install ffmpeg)")
    if not args.check:
        build(args.out)
        for path in outputs(args.out):
            print(f"{path.stat().st_size:>9} {path}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        different = [p.name for p in outputs(Path(tmp))
                     if not filecmp.cmp(p, args.out / p.name, shallow=False)]
    print("identical" if not different else f"different: {', '.join(different)}")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
