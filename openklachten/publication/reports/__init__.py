"""The yearly complaint report (klachtenjaarverslag, Awb 9:12a), per quarter, and the national Jaarbeeld.

Figures come from the query layer (`report.build`), the Dutch text from deterministic templates (`text`),
the page and the PDF from one HTML template (`views`, `pdf`).
"""
