"""Payment slips: eL-QR and GS1-128 codes, payables, the 納付書 PDF and its print self-check.

Plain Python (no Qt, no pyscard); the decoder used by the self-check lives in devices/zbar.py.
"""
