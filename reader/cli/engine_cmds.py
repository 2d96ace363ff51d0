"""Translation engines: ``engines list|add-libretranslate|add-chat|add-model|use|remove|check``.

The engines are settings of the library (an API key is stored in the library file). A
change applies to the next ``translate``; rows another engine made stay until asked for
(``translate --engine NAME --again``), and the user's own translations are never touched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.args import file_name
from reader.cli.context import CliContext, print_json
from reader.core.errors import InvalidOperation
from reader.core.translate import engine_settings as es
from reader.core.translate import registry

_DIRECTIONS = [es.direction_text(d) for d in es.DIRECTIONS]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = subparsers.add_parser(
        "engines",
        help="translation engines: Argos packages, a LibreTranslate server, a local chat model",
        description=(
            "Choose the engine of each direction. Argos packages are the default; a LibreTranslate "
            "server or an OpenAI-compatible chat server (Ollama, llama-server, LM Studio, vLLM) that "
            "you run yourself can be added. Settings, API keys included, are stored in the library."
        ),
    )
    sub = parent.add_subparsers(dest="engines_command", metavar="ACTION")
    parent.set_defaults(handler=lambda args, ctx: _usage(parent))

    p = sub.add_parser("list", help="each engine, what it can do, its directions and whether it is ready")
    p.add_argument("--no-check", action="store_true", help="do not ask the servers whether they are ready")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("add-libretranslate", help="add a LibreTranslate server")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--url", required=True, help="the server, e.g. http://localhost:5000")
    p.add_argument("--api-key", metavar="KEY", help="if the server asks for one (stored in the library)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add_libretranslate)

    p = sub.add_parser("add-chat", help="add an OpenAI-compatible chat server (Ollama, llama-server, …)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--url", required=True, help="the server, e.g. http://localhost:11434 (Ollama)")
    p.add_argument("--model", required=True, help="the model to ask, e.g. qwen2.5:7b")
    p.add_argument("--api-key", metavar="KEY", help="if the server asks for one (stored in the library)")
    p.add_argument(
        "--prompt-file",
        metavar="FILE",
        type=file_name,
        help="a prompt template (fields: {source_lang} {target_lang} {glossary} {context} {sentences})",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add_chat)

    p = sub.add_parser(
        "add-model", help="add an installed OPUS-MT / NLLB / M2M-100 model (see `talk-reader models list`)"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--model", required=True, help="the installed model's name, e.g. opus-mt-zh-en")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add_model)

    p = sub.add_parser("use", help="translate a direction with this engine (argos: the built-in one)")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--direction",
        action="append",
        metavar="DIR",
        help=f"{' or '.join(_DIRECTIONS)} (repeat for both; default: both)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_use)

    p = sub.add_parser("remove", help="remove an engine (its directions go back to Argos; translations stay)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove)

    p = sub.add_parser("check", help="ask an engine whether it can translate now")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("prompt", help="print an engine's prompt template (or the default one)")
    p.add_argument("name", metavar="NAME", nargs="?")
    p.set_defaults(handler=cmd_prompt)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _read_prompt(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InvalidOperation(
            f"{path}: cannot read the prompt file ({reason})",
            code="engine.prompt-file",
            params={"path": path, "reason": reason},
        ) from exc


def _added(args: argparse.Namespace, config: es.EngineConfig) -> int:
    if args.json:
        print_json({"added": config.to_json()})
    else:
        print(f"Added engine “{config.name}” ({config.kind}, {config.url or config.model}).")
        print(f"Check it with: talk-reader engines check {config.name}")
        print(f"Use it with:   talk-reader engines use {config.name} --direction zh-en")
    return 0


def cmd_add_libretranslate(args: argparse.Namespace, ctx: CliContext) -> int:
    config = es.EngineConfig(name=args.name, kind=es.LIBRETRANSLATE, url=args.url, api_key=args.api_key)
    with ctx.library.session() as session:
        config = es.add_engine(session, config)
    return _added(args, config)


def cmd_add_chat(args: argparse.Namespace, ctx: CliContext) -> int:
    config = es.EngineConfig(
        name=args.name,
        kind=es.CHAT,
        url=args.url,
        model=args.model,
        api_key=args.api_key,
        prompt=_read_prompt(args.prompt_file),
    )
    with ctx.library.session() as session:
        config = es.add_engine(session, config)
    return _added(args, config)


def cmd_add_model(args: argparse.Namespace, ctx: CliContext) -> int:
    config = es.EngineConfig(name=args.name, kind=es.CT2, model=args.model)
    with ctx.library.session() as session:
        config = es.add_engine(session, config)
    return _added(args, config)


def cmd_use(args: argparse.Namespace, ctx: CliContext) -> int:
    directions = [es.parse_direction(d) for d in args.direction] if args.direction else list(es.DIRECTIONS)
    with ctx.library.session() as session:
        for direction in directions:
            config = es.choose_engine(session, direction, args.name)
    names = [es.direction_text(d) for d in directions]
    if args.json:
        print_json({"engine": config.name, "directions": names})
    else:
        print(f"{', '.join(names)}: translated with “{config.name}” from now on.")
        print("Rows other engines made stay; to redo them: talk-reader translate --all --again")
    return 0


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        es.remove_engine(session, args.name)
    if args.json:
        print_json({"removed": args.name})
    else:
        print(f"Removed engine “{args.name}” (undo with: talk-reader undo).")
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        config = es.get_engine(session, args.name)
    readiness = registry.check(config, timeout=args.timeout)
    if args.json:
        print_json({"name": config.name, **readiness.to_json()})
    elif readiness.ready:
        print(f"{config.name}: ready — {readiness.detail}")
    else:
        print(f"{config.name}: not ready — {readiness.detail}")
    return 0 if readiness.ready else 1


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        engines = es.list_engines(session)
        chosen = es.chosen(session)
    entries = []
    for config in engines:
        uses = [es.direction_text(d) for d, c in chosen.items() if c.name == config.name]
        readiness = None if args.no_check else registry.check(config, timeout=5.0)
        entries.append((config, uses, readiness))
    if args.json:
        print_json(
            [
                {
                    **config.to_json(),
                    "can": registry.KIND_DESCRIPTIONS[config.kind],
                    "used_for": uses,
                    "readiness": readiness.to_json() if readiness else None,
                }
                for config, uses, readiness in entries
            ]
        )
        return 0
    for config, uses, readiness in entries:
        where = f" {config.url}" if config.url else ""
        model = f" model {config.model}" if config.model else ""
        print(f"{config.name} ({config.kind}){where}{model}")
        print(f"  can: {registry.KIND_DESCRIPTIONS[config.kind]}")
        print(f"  used for: {', '.join(uses) if uses else '-'}")
        if readiness is not None:
            state = "ready" if readiness.ready else "not ready"
            print(f"  {state}: {readiness.detail}")
    return 0


def cmd_prompt(args: argparse.Namespace, ctx: CliContext) -> int:
    from reader.core.translate.prompt import DEFAULT_PROMPT

    template = DEFAULT_PROMPT
    if args.name is not None:
        with ctx.library.read_session() as session:
            template = es.get_engine(session, args.name).prompt or DEFAULT_PROMPT
    sys.stdout.write(template if template.endswith("\n") else template + "\n")
    return 0
