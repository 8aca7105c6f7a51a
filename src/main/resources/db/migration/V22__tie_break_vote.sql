-- The cluster's year (4): a tie rule may end in a vote (biểu quyết). The rule's steps before it are computed; members
-- still tied for a place are put to the members' vote, whose result the cluster records here, and the ranking applies
-- it as the rule's last step (more votes first). A member's votes are recorded once per scheme.
ALTER TABLE scoring_tie_breaker DROP CONSTRAINT scoring_tie_breaker_kind_known;
ALTER TABLE scoring_tie_breaker ADD CONSTRAINT scoring_tie_breaker_kind_known
    CHECK (kind IN ('MAXIMUM_SCORES', 'GROUP_POINTS', 'INDICATOR', 'VOTE'));

CREATE TABLE scoring_tie_vote (
    scheme_id       bigint       NOT NULL CONSTRAINT scoring_tie_vote_scheme_fk REFERENCES scoring_scheme (id) ON DELETE CASCADE,
    province_id     bigint       NOT NULL CONSTRAINT scoring_tie_vote_province_fk REFERENCES province (id),
    votes           integer      NOT NULL,
    members_present integer      NOT NULL CONSTRAINT scoring_tie_vote_members_present_positive CHECK (members_present > 0),
    held_on         date         NOT NULL,
    note            varchar(2000),
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT scoring_tie_vote_once_per_member PRIMARY KEY (scheme_id, province_id),
    CONSTRAINT scoring_tie_vote_votes_within_present CHECK (votes BETWEEN 0 AND members_present)
);
