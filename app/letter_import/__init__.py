"""Letters printed by the agency software brought in as events ("Importer des courriers PDF").

A folder of PDFs (the tiers code in each file name), a manifest CSV, or one PDF holding a whole
run split per recipient (a marker on each letter's first page, or a fixed number of pages):
``plan.plan_import`` reads and matches without writing anything (the preview), then
``create.create_letters`` writes the letters' PDFs and their chronoted events in one transaction.
"""
