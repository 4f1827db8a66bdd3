-- title: Uses by purpose and borough
-- dataset: usage-log
-- kind: counts
-- rows: Purpose
-- cols: Borough
-- keys: purpose, borough
-- Each use counted once under its recorded purpose and borough.
SELECT
  technology,
  purpose AS row_key,
  borough AS col_key,
  count(*) AS n
FROM usage_log
GROUP BY technology, purpose, borough
ORDER BY technology, row_key, col_key;
