"""Related events come in groups that say what each shares with the page's event."""

from __future__ import annotations

from conftest import soup

EVENTS = {
    "content/events/review.yaml": """
        - id: review
          title: The alliance reviews its aid command
          date: 2026-09-01
          entities:
            - id: command
              role: reviewed
            - id: alliance
              role: reviews
        - id: second-office
          title: The command opens a second office
          date: 2025-03-10
          entities: [command]
        - id: budget
          title: A first budget for the command
          date: 2024-11
          entities: [command]
        - id: treaty
          title: The alliance signs its treaty
          date: 2020
          entities: [alliance]
    """,
}


def test_related_events_are_grouped_under_what_they_share_in_date_order(briefing, build_site):
    code, out, _, stderr = build_site(briefing(EVENTS))
    assert code == 0, stderr
    page = soup(out / "events/review/index.html")
    groups = []
    for heading in page.select("#related ~ h3"):
        items = heading.find_next_sibling("ul").select("li")
        groups.append((heading.get_text(" ", strip=True), [li.a.get_text(strip=True) for li in items]))
    assert groups == [
        ("Also involving ASCOM", [
            "The Assistance Command is founded",  # July 2024
            "A first budget for the command",  # November 2024
            "The command opens a second office",  # March 2025
        ]),
        # The article only mentions both; the alliance is in fewer events, so it says more.
        ("Also involving NAA", [
            "The alliance signs its treaty",
            "Four officers posted to the Assistance Command",
        ]),
    ]
