-- title: Disclosures outside the department by period and recipient type
-- dataset: disclosures
-- kind: counts
-- rows: Period
-- cols: Recipient type
-- keys: period, recipient_type
-- Each disclosure counted once, in the period of its date.
SELECT
  technology,
  period AS row_key,
  recipient_type AS col_key,
  count(*) AS n
FROM disclosures
GROUP BY technology, period, recipient_type
ORDER BY technology, row_key, col_key;
