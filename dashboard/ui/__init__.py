"""Streamlit helpers shared by the pages: loading, sidebar filters, summary, event card."""
