"""The ``diplomon`` command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from alerts.cli import add_silence_parser
from monitor.bench import add_bench_parser
from monitor.errors import ConfigError, DiplomonError
from monitor.logs import setup_logging

Handler = Callable[[argparse.Namespace], int]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    quiet_by_default = args.handler is _demo_handler
    level = args.log_level or ("WARNING" if quiet_by_default else "INFO")
    setup_logging(json_output=args.log_json, level=level)
    try:
        return int(args.handler(args))
    except ConfigError as exc:
        print(f"diplomon: configuration error: {exc}", file=sys.stderr)
        return 2
    except DiplomonError as exc:
        print(f"diplomon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplomon",
        description="Streaming monitor of diplomacy on social media.",
    )
    parser.add_argument("--log-json", action="store_true", help="log one JSON object per line")
    parser.add_argument("--log-level", help="DEBUG, INFO (default) or WARNING, ERROR")
    sub = parser.add_subparsers(metavar="COMMAND")
    _add_demo(sub)
    _add_run(sub)
    _add_top(sub)
    _add_scores(sub)
    _add_backtest(sub)
    _add_eval(sub)
    _add_replay(sub)
    _add_check(sub)
    add_silence_parser(sub)
    add_bench_parser(sub)
    return parser


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", "-c", metavar="FILE", help="config file (TOML); default: none")


def _run(coro: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(coro)


def _add_demo(sub: Any) -> None:
    p = sub.add_parser("demo", help="replay a real incident through the embedded store")
    p.add_argument(
        "--no-tui", action="store_true", help="plain output instead of the terminal view"
    )
    p.add_argument("--json", action="store_true", help="print alerts as JSON lines")
    p.add_argument(
        "--speed",
        type=float,
        default=0.0,
        help="seconds between posts (default: 0.3 with the TUI, 0 without)",
    )

    p.set_defaults(handler=_demo_handler)


def _demo_handler(args: argparse.Namespace) -> int:
    from monitor.demo import demo_main

    return _run(
        demo_main(tui=not args.no_tui and not args.json, json_out=args.json, delay=args.speed)
    )


def _add_run(sub: Any) -> None:
    from monitor.daemon import ROLES

    p = sub.add_parser("run", help="run the daemon")
    _config_arg(p)
    p.add_argument("--role", choices=ROLES, default="all")
    p.add_argument(
        "--slot", type=int, default=0, help="worker slot on this host (stable consumer name)"
    )

    def handler(args: argparse.Namespace) -> int:
        from monitor.config import load_settings
        from monitor.daemon import run_daemon

        settings = load_settings(args.config)
        level = args.log_level or settings.log.level
        setup_logging(json_output=settings.log.json or args.log_json, level=level)
        return _run(run_daemon(settings, args.role, slot=args.slot))

    p.set_defaults(handler=handler)


def _add_top(sub: Any) -> None:
    p = sub.add_parser("top", help="live terminal view of scores and alerts")
    _config_arg(p)

    def handler(args: argparse.Namespace) -> int:
        from monitor.config import detector_settings, load_settings
        from monitor.tui import run_top

        async def go() -> int:
            redis, keys, watchlist = await _open(args.config, "top")
            detector = detector_settings(load_settings(args.config))
            try:
                await run_top(redis, keys, watchlist, detector_settings=detector)
            finally:
                await redis.aclose()
            return 0

        return _run(go())

    p.set_defaults(handler=handler)


def _add_scores(sub: Any) -> None:
    p = sub.add_parser("scores", help="recent scores as a table or JSON lines")
    _config_arg(p)
    p.add_argument("--since", default="2h")
    p.add_argument("--actor")
    p.add_argument("--country")
    p.add_argument("--json", action="store_true")

    def handler(args: argparse.Namespace) -> int:
        from monitor.scores_view import scores_command

        async def go() -> int:
            redis, keys, watchlist = await _open(args.config, "scores")
            try:
                return await scores_command(
                    redis,
                    keys,
                    watchlist,
                    since=args.since,
                    actor=args.actor,
                    country=args.country,
                    json_out=args.json,
                )
            finally:
                await redis.aclose()

        return _run(go())

    p.set_defaults(handler=handler)


def _add_backtest(sub: Any) -> None:
    p = sub.add_parser("backtest", help="score and detect a JSONL file offline")
    p.add_argument("file")
    p.add_argument("--watchlist", action="append", default=[], metavar="W.toml")
    p.add_argument("--json", action="store_true", help="one alert JSON per line")

    def handler(args: argparse.Namespace) -> int:
        from monitor.offline import backtest_main

        return backtest_main(args.file, args.watchlist, args.json)

    p.set_defaults(handler=handler)


def _add_eval(sub: Any) -> None:
    p = sub.add_parser("eval", help="precision and recall over labelled scenarios")
    p.add_argument("directory")
    p.add_argument("--json", action="store_true")
    p.add_argument("--baseline", choices=["vader"], help="also run a baseline detector beside")

    def handler(args: argparse.Namespace) -> int:
        from monitor.offline import eval_main

        return eval_main(args.directory, args.json, args.baseline)

    p.set_defaults(handler=handler)


def _add_replay(sub: Any) -> None:
    p = sub.add_parser("replay", help="push a JSONL file into a running pipeline")
    _config_arg(p)
    p.add_argument("file")
    p.add_argument(
        "--speed", type=float, default=0.0, help="pace at X times real time (0: at once)"
    )

    def handler(args: argparse.Namespace) -> int:
        from monitor.replay import replay_main

        return _run(replay_main(args.config, args.file, args.speed))

    p.set_defaults(handler=handler)


def _add_check(sub: Any) -> None:
    p = sub.add_parser("check", help="exit 0 if Redis answers and workers are alive, else 1")
    _config_arg(p)

    def handler(args: argparse.Namespace) -> int:
        from monitor.health import check_main

        return _run(check_main(args.config))

    p.set_defaults(handler=handler)


async def _open(config: str | None, command: str) -> tuple[Any, Any, Any]:
    from monitor.config import load_settings, require_shared_store
    from monitor.daemon import load_watchlist
    from monitor.store import open_store

    settings = load_settings(config)
    redis = await open_store(require_shared_store(settings, command))
    return redis, settings.keys(), load_watchlist(settings)


if __name__ == "__main__":
    sys.exit(main())
