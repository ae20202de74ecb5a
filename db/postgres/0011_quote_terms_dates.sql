-- Each quote's term rows carry the quote's date, in the key after the term: a one-word search whose matches
-- are all old (a number of an earlier financial year) lists its newest matches from the term index alone,
-- instead of walking every newer quote of the date-ordered list to find them. The table is written anew and
-- its key built after the rows, which is much faster than updating every term row in place.

CREATE TABLE quote_terms_dated (
    tenant_id BIGINT NOT NULL,
    term TEXT COLLATE "C" NOT NULL,
    quote_date TEXT NOT NULL,
    quote_id BIGINT NOT NULL
);

INSERT INTO quote_terms_dated (tenant_id, term, quote_date, quote_id)
SELECT t.tenant_id, t.term, q.quote_date, t.quote_id
FROM quote_terms t JOIN quotes q ON q.id = t.quote_id;

DROP TABLE quote_terms;
ALTER TABLE quote_terms_dated RENAME TO quote_terms;
ALTER TABLE quote_terms ADD CONSTRAINT quote_terms_pkey PRIMARY KEY (tenant_id, term, quote_date, quote_id);
