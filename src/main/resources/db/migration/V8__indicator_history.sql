-- History stays history: a summary, ranking or national view of a period is computed with the indicator catalog
-- as it was on the period's last day, so that changing an indicator's aggregation, unit, name, weight or direction
-- in 2026 does not rewrite the totals of 2023. The database keeps every replaced definition, whatever the write
-- path: each row is a definition that was in force until valid_until (the day before it was replaced, in Vietnam).
CREATE TABLE indicator_revision (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id        bigint       NOT NULL CONSTRAINT indicator_revision_indicator_fk REFERENCES indicator (id),
    valid_until         date         NOT NULL,
    name_vi             varchar(200) NOT NULL,
    unit                varchar(40)  NOT NULL,
    aggregation         varchar(20)  NOT NULL,
    weight_indicator_id bigint,
    higher_is_better    boolean      NOT NULL,
    replaced_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX indicator_revision_lookup_idx ON indicator_revision (indicator_id, valid_until, id);

CREATE FUNCTION keep_indicator_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO indicator_revision (indicator_id, valid_until, name_vi, unit, aggregation, weight_indicator_id,
                                    higher_is_better)
    VALUES (OLD.id, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1, OLD.name_vi, OLD.unit, OLD.aggregation,
            OLD.weight_indicator_id, OLD.higher_is_better);
    RETURN NULL;
END $$;
CREATE TRIGGER indicator_definition_replaced AFTER UPDATE ON indicator FOR EACH ROW
    WHEN ((OLD.name_vi, OLD.unit, OLD.aggregation, OLD.weight_indicator_id, OLD.higher_is_better)
          IS DISTINCT FROM (NEW.name_vi, NEW.unit, NEW.aggregation, NEW.weight_indicator_id, NEW.higher_is_better))
    EXECUTE FUNCTION keep_indicator_revision();

-- The catalog as it was on a day: for each indicator the first definition still in force that day (the oldest
-- revision valid until that day or later), else the current one. Codes and the order of the catalog never change.
CREATE FUNCTION indicator_catalog(day date)
    RETURNS TABLE (id bigint, code varchar, name_vi varchar, unit varchar, aggregation varchar,
                   weight_indicator_id bigint, higher_is_better boolean, sort_order integer)
    LANGUAGE sql STABLE AS $$
    SELECT i.id, i.code, coalesce(r.name_vi, i.name_vi), coalesce(r.unit, i.unit), coalesce(r.aggregation, i.aggregation),
           CASE WHEN r.id IS NULL THEN i.weight_indicator_id ELSE r.weight_indicator_id END,
           coalesce(r.higher_is_better, i.higher_is_better), i.sort_order
      FROM indicator i
      LEFT JOIN LATERAL (SELECT * FROM indicator_revision v
                          WHERE v.indicator_id = i.id AND v.valid_until >= day
                          ORDER BY v.valid_until, v.id LIMIT 1) r ON true
$$;
