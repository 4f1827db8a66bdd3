-- title: Median days from receipt to closing, FOIL requests closed, by period received
-- dataset: foil-requests
-- kind: median
-- rows: Period received
-- keys: period
-- The agency must grant, deny or acknowledge within five business days of
-- receipt (POL § 89(3)(a)); this counts calendar days to the closing date.
-- Requests without a closing date (still open) have no response time and are
-- left out; the aggregation counts them in the provenance.
SELECT
  'all' AS technology,
  period AS row_key,
  count(*) AS n,
  median(date_diff('day', CAST(received AS DATE), CAST(closed AS DATE))) AS median_days
FROM foil_requests
WHERE closed IS NOT NULL
GROUP BY period
ORDER BY row_key;
