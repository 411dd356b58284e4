"""Turn reports into something to print or hand over: JSON records, text for people."""
