"""Translation commands: ``translate`` and ``models list|install|available|download|remove``.

``models`` handles Argos packages (``.argosmodel``) and converted CTranslate2 models
(OPUS-MT, NLLB-200, M2M-100: a folder, ``.zip`` or ``.tar.gz``) alike; see
:mod:`reader.core.translate.ct2_install`.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from reader.cli.args import beam_size, file_name, row_id
from reader.cli.context import CliContext, ProgressBar, print_json, sigint_sets
from reader.core import library as lib
from reader.core.translate import ct2_install, packages
from reader.core.translate.engine import DecodeSettings, TranslationEngine
from reader.core.translate.registry import library_engine
from reader.core.translate.runner import translate_library


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "translate", help="translate talks with the engine chosen per direction (see `talk-reader engines`)"
    )
    p.add_argument("talk", type=row_id, nargs="?", metavar="TALK")
    p.add_argument("--all", action="store_true", help="translate every talk in the library")
    p.add_argument(
        "--engine",
        metavar="NAME",
        help="use this engine for every direction in this run (default: the one chosen per direction)",
    )
    p.add_argument(
        "--again",
        action="store_true",
        help="also re-translate rows another engine, model or prompt made (never your own translations)",
    )
    p.add_argument(
        "--beam",
        type=beam_size,
        default=DecodeSettings.beam_size,
        metavar="N",
        help="beam size (default %(default)s; 1 is fastest)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_translate, parser=p)

    models = subparsers.add_parser(
        "models", help="manage translation models (.argosmodel packages; converted OPUS-MT / NLLB / M2M-100 models)"
    )
    sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    models.set_defaults(handler=lambda args, ctx: _usage(models))

    p = sub.add_parser("list", help="list installed packages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_models_list)

    p = sub.add_parser(
        "install",
        help="install a .argosmodel file, or a converted CTranslate2 model (a folder, .zip or .tar.gz)",
    )
    p.add_argument("file", metavar="PATH", type=file_name)
    p.add_argument("--name", help="the name of a converted model (default: its manifest's, or its folder's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_models_install)

    p = sub.add_parser("available", help="list the packages in the Argos package index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_models_available)

    p = sub.add_parser("download", help="download and install the package for a direction")
    p.add_argument("from_code", metavar="FROM")
    p.add_argument("to_code", metavar="TO")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_models_download)

    p = sub.add_parser("remove", help="remove an installed package (e.g. translate-zh_en) or converted model")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_models_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def cmd_translate(args: argparse.Namespace, ctx: CliContext) -> int:
    if (args.talk is None) == (not args.all):
        args.parser.error("give a TALK id or --all")
    ctx.library.require_writable()  # before loading models and translating a first batch
    talk_ids = None
    if args.talk is not None:
        with ctx.library.read_session() as session:
            lib.get_talk(session, args.talk)
        talk_ids = [args.talk]
    argos = TranslationEngine(DecodeSettings(beam_size=max(1, args.beam)))
    engine = library_engine(ctx.library, argos=argos, only=args.engine)
    cancel = threading.Event()
    bar = ProgressBar("Translating")
    try:
        with sigint_sets(cancel, "stopping after the current batch"):
            summary = translate_library(
                ctx.library, talk_ids=talk_ids, engine=engine, again=args.again, cancel=cancel, report=bar
            )
    finally:
        bar.finish()
    if args.json:
        print_json(summary.to_json())
    else:
        if summary.planned == 0 and not summary.missing:
            print("Everything is already translated.")
        else:
            print(f"Translated {summary.translated} of {summary.planned} segment(s).")
    for message in summary.missing_messages():
        print(f"talk-reader: warning: {message}", file=sys.stderr)
    if summary.cancelled:
        print("talk-reader: interrupted; finished batches are saved, run again to resume", file=sys.stderr)
        return 130
    return 0


def cmd_models_list(args: argparse.Namespace, ctx: CliContext) -> int:
    installed = packages.installed_packages()
    broken = packages.package_problems()
    models_broken = ct2_install.model_problems()
    models = [m for m in ct2_install.installed_models() if m.path not in dict(models_broken)]
    if args.json:
        print_json(
            {
                "package_dir": str(packages.package_dir()),
                "packages": [p.to_json() for p in installed if p.path not in dict(broken)],
                "updates": [update.to_json() for update in packages.updates(installed=installed)],
                "broken": [{"path": str(path), "problem": problem} for path, problem in [*broken, *models_broken]],
                "models_dir": str(ct2_install.models_dir()),
                "models": [m.to_json() for m in models],
            }
        )
        return 0
    working = [p for p in installed if p.path not in dict(broken)]
    newer = {update.installed.path: update.available for update in packages.updates(installed=working)}
    for model in models:
        arrows = ", ".join(f"{a}→{b}" for a, b in model.directions)
        print(f"{model.name:<20} {model.label[len(model.name) :].strip():<8} {arrows}  ({model.family}, CTranslate2)")
    if not working and not models:
        print(f"No model packages installed (in {packages.package_dir()}).")
        print("Install one with: talk-reader models download zh en   or   talk-reader models install FILE")
    for package in working:
        print(
            f"{package.name:<20} {package.version:<8} {package.from_code}→{package.to_code}  "
            f"{package.from_name} → {package.to_name}"
        )
        if package.path in newer:
            print(
                f"  update available: {newer[package.path].version}"
                f" (talk-reader models download {package.from_code} {package.to_code})"
            )
    for path, problem in [*broken, *models_broken]:
        print(f"talk-reader: warning: {path}: skipped, {problem}", file=sys.stderr)
    return 0


def _installed_report(
    args: argparse.Namespace, installed: packages.PackageInfo, replaced: list[packages.PackageInfo]
) -> None:
    if args.json:
        print_json({"installed": installed.to_json(), "replaced": [p.to_json() for p in replaced]})
        return
    print(f"Installed {installed.name} {installed.version} ({installed.from_code}→{installed.to_code})")
    for package in replaced:
        print(f"  replaced {package.name} {package.version}")


def cmd_models_install(args: argparse.Namespace, ctx: CliContext) -> int:
    path = Path(args.file)
    if ct2_install.is_model_source(path):
        result = ct2_install.install_model(path, name=args.name)
        if args.json:
            print_json(result.to_json())
            return 0
        model = result.model
        arrows = ", ".join(f"{a}→{b}" for a, b in model.directions)
        print(f"Installed {model.label} ({model.family}, {arrows})")
        if result.replaced:
            print(f"  replaced {result.replaced}")
        print(f"Use it with: talk-reader engines add-model {model.name} --model {model.name}")
        print(f"       then: talk-reader engines use {model.name} --direction {'-'.join(model.directions[0])}")
        return 0
    installed, replaced = packages.install_package(path)
    _installed_report(args, installed, replaced)
    return 0


def cmd_models_available(args: argparse.Namespace, ctx: CliContext) -> int:
    available = packages.available_packages()
    installed = {(p.name, p.version) for p in packages.installed_packages()}
    newer = {(u.available.name, u.available.version): u.installed.version for u in packages.updates(available)}
    if args.json:
        print_json(
            [
                dict(p.to_json(), installed=(p.name, p.version) in installed, update_of=newer.get((p.name, p.version)))
                for p in available
            ]
        )
        return 0
    for package in available:
        mark = "  (installed)" if (package.name, package.version) in installed else ""
        if (package.name, package.version) in newer:
            mark = f"  (update: {newer[(package.name, package.version)]} is installed)"
        print(f"{package.name:<20} {package.version:<8} {package.from_name} → {package.to_name}{mark}")
    return 0


def cmd_models_download(args: argparse.Namespace, ctx: CliContext) -> int:
    bar = ProgressBar(f"Downloading {args.from_code}→{args.to_code}", transfer=True)
    try:
        installed, replaced = packages.download_package(args.from_code, args.to_code, report=bar)
    finally:
        bar.finish()
    _installed_report(args, installed, replaced)
    return 0


def cmd_models_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    if any(args.name in (m.name, m.path.name) for m in ct2_install.installed_models()):
        model = ct2_install.remove_model(args.name)
        if args.json:
            print_json({"removed": [model.to_json()]})
        else:
            print(f"Removed {model.label}")
        return 0
    removed = packages.remove_package(args.name)
    if args.json:
        print_json({"removed": [p.to_json() for p in removed]})
    else:
        for package in removed:
            print(f"Removed {package.name} {package.version}")
    return 0
