-- title: FOIL requests received by period and outcome
-- dataset: foil-requests
-- kind: counts
-- rows: Period received
-- cols: Outcome
-- keys: period, outcome
-- Every request counted once, in the period it was received. Requests are
-- not split by technology here, so that no per-technology table can be
-- subtracted from this one.
SELECT
  'all' AS technology,
  period AS row_key,
  outcome AS col_key,
  count(*) AS n
FROM foil_requests
GROUP BY period, outcome
ORDER BY row_key, col_key;
