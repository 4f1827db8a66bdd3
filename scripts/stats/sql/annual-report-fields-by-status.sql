-- title: Annual report fields by reporting year and status
-- dataset: annual-report-fields
-- kind: counts
-- rows: Reporting year
-- cols: Status
-- keys: period, status
-- One row per field of a technology's annual surveillance report, counted in
-- the year its reporting period ends. The reports themselves show each field
-- with its value and source; this table only says how many were reported.
SELECT
  technology,
  period AS row_key,
  status AS col_key,
  count(*) AS n
FROM annual_report_fields
GROUP BY technology, period, status
ORDER BY technology, row_key, col_key;
