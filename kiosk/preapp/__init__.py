"""Pre-application (事前申請): the code a resident brings from home, and reading it from a scan."""
