"""quotekit: find the quotations in news text and say who said them.

>>> import quotekit
>>> quotes = quotekit.extract_quotes("“We will be back,” Mayor Ana Ruiz said.")
>>> print(quotes[0])
Ana Ruiz (said): “We will be back,”
"""

from quotekit.matcher import RULES, SCOPES, Scope, explain, extract_quotes
from quotekit.results import Cue, Quote, QuoteKind, Span, Speaker, from_dict
from quotekit.tokenizer import paragraphs, sentences

__version__ = "0.1.0"

__all__ = [
    "RULES",
    "SCOPES",
    "Cue",
    "Quote",
    "QuoteKind",
    "Scope",
    "Span",
    "Speaker",
    "explain",
    "extract_quotes",
    "from_dict",
    "paragraphs",
    "sentences",
]

# --- issue 5 (notebooks, batches, CLI, spaCy): exports below this line ---
from quotekit.batch import ExtractError, extract_many  # noqa: E402
from quotekit.display import HighlightedText, Quotes  # noqa: E402
from quotekit.frames import to_dataframe, to_records  # noqa: E402

__all__ += ["ExtractError", "HighlightedText", "Quotes", "extract_many", "to_dataframe", "to_records"]
