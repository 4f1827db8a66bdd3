-- title: Disclosures by the policy paragraph that permitted them
-- dataset: disclosures
-- kind: counts
-- rows: Policy paragraph (External Entities section)
-- cols: Disclosures
-- keys: condition, -
-- Each disclosure counted once under the paragraph id (external-entities-p<n>)
-- of the technology's Impact and Use Policy it was made under.
SELECT
  technology,
  condition AS row_key,
  'disclosures' AS col_key,
  count(*) AS n
FROM disclosures
GROUP BY technology, condition
ORDER BY technology, row_key;
