-- title: Uses by period and outcome
-- dataset: usage-log
-- kind: counts
-- rows: Period
-- cols: Outcome
-- keys: period, outcome
-- One row per use in the usage log; each use counted once, in the period of
-- its date (coarsened to the dataset's grain before this query runs).
SELECT
  technology,
  period AS row_key,
  outcome AS col_key,
  count(*) AS n
FROM usage_log
GROUP BY technology, period, outcome
ORDER BY technology, row_key, col_key;
