"""The values the engine passes around: a detected span (Entity) and the outcome for one text (Result)."""

from dataclasses import asdict, dataclass, field

# Below this confidence a detection is a guess: the text goes to the publisher's review queue.
REVIEW_BELOW = 0.75


@dataclass
class Entity:
    """A span of the input text [start, end) that holds personal data of one type."""

    start: int
    end: int
    type: str
    source: str
    confidence: float = 0.9
    token: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Entity") -> bool:
        return self.start < other.end and other.start < self.end

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Result:
    """A redacted text, its entities (offsets in the input text) and whether a person must look at it."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    needs_review: bool = False
    # Why a person must look (residual.py): leftovers that may still identify someone, in Dutch.
    review_reasons: list[str] = field(default_factory=list)
    # The keep-spans the engine honoured (offsets in the input text); internal, not part of as_dict().
    kept: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "entities": [e.as_dict() for e in self.entities],
            "needs_review": self.needs_review,
            "review_reasons": self.review_reasons,
        }
