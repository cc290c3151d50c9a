"""Print-ready A4 PDFs: the 手続き案内票 and every procedure's form (reportlab, embedded IPAex)."""
