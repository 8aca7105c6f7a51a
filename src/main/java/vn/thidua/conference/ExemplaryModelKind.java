package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemplaryModelKind", description = "Who is held up as an example: a person, a collective (a unit, a "
        + "cooperative, a commune), a household or a company.")
public enum ExemplaryModelKind {
    PERSON,
    COLLECTIVE,
    HOUSEHOLD,
    COMPANY
}
