"""`openklachten bench_reports`: render time of the largest organisation's yearly report, HTML and PDF.

Prints numbers; never fails on them (speed goals are not tests). Builds a synthetic read model in a temporary
directory (or reuses --path). The query layer's answer cache is off, so every run computes every figure.
"""

import statistics
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from openklachten.benchmarks import synthetic_model
from openklachten.publication import query, readmodel
from openklachten.publication.query.filters import Filters
from openklachten.publication.reports import context as context_module
from openklachten.publication.reports import pdf
from openklachten.publication.reports.period import Period
from openklachten.publication.reports.report import Scope, build

TARGET_HTML_S, TARGET_PDF_S = 1.0, 5.0  # issue 11: at 1,000,000 complaints


class Command(BaseCommand):
    help = "Meet hoe snel het klachtenjaarverslag van de grootste organisatie als HTML en als PDF wordt gemaakt."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=1_000_000, help="Aantal klachten (standaard 1.000.000).")
        parser.add_argument("--repeat", type=int, default=3, help="Herhalingen.")
        parser.add_argument("--year", type=int, default=2024, help="Verslagjaar (standaard 2024).")
        parser.add_argument("--path", help="Bestaande of te bouwen leesopslag (standaard: tijdelijke map).")

    def handle(self, *args, size, repeat, year, path, **options):
        root = Path(path) if path else Path(tempfile.mkdtemp(prefix="bench-reports-"))
        if readmodel.current_dir(root) is None:
            generation, seconds = synthetic_model.build(root, size)
            self.stdout.write(f"Leesopslag: {generation.records} klachten, gebouwd in {seconds:.1f} s ({root})")
        query.use(root)
        query.store.caching = False
        try:
            self._run(Period(year), repeat)
        finally:
            query.store.caching = True
            query.use(None)

    def _run(self, period: Period, repeat: int):
        rows = query.compare(Filters(van=period.start, tot=period.end))
        largest = max(rows, key=lambda r: r["total"])
        scope = Scope("organisatie", code=largest["organisatie"], name=largest["naam"], org_type=largest["type"])
        total = query.overview(Filters())["total"]
        self.stdout.write(
            f"Grootste organisatie in {period.year}: {largest['naam']} ({largest['total']} klachten; "
            f"{total} klachten in de leesopslag)"
        )
        html_times, pdf_times, html_cpu, pdf_cpu, size = [], [], [], [], 0
        for _ in range(repeat):
            started, cpu = time.perf_counter(), time.process_time()
            context = context_module.build(build(scope, period))
            context.update(org=None, links={}, eigen_tekst=None, vervangen=[])
            html = render_to_string("reports/rapport.html", context)
            html_times.append(time.perf_counter() - started)
            html_cpu.append(time.process_time() - cpu)  # on a shared machine wall time includes waiting for a core
            started, cpu = time.perf_counter(), time.process_time()
            document = render_to_string("reports/pdf.html", context)
            size = len(pdf.render_pdf(document, "http://localhost/"))
            pdf_times.append(time.perf_counter() - started)
            pdf_cpu.append(time.process_time() - cpu)
        self.stdout.write(
            f"HTML (cijfers + tekst + pagina): mediaan {statistics.median(html_times):.3f} s, "
            f"max {max(html_times):.3f} s, CPU {statistics.median(html_cpu):.3f} s "
            f"(doel < {TARGET_HTML_S:.0f} s bij 1.000.000), "
            f"{len(html) // 1024} KB"
        )
        self.stdout.write(
            f"PDF (WeasyPrint, na de cijfers): mediaan {statistics.median(pdf_times):.3f} s, "
            f"max {max(pdf_times):.3f} s, CPU {statistics.median(pdf_cpu):.3f} s; "
            f"HTML + PDF samen {statistics.median(html_times) + statistics.median(pdf_times):.3f} s "
            f"(doel < {TARGET_PDF_S:.0f} s), {size // 1024} KB"
        )
