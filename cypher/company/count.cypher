// How many companies there are: answered from the count store, without touching a company.
MATCH (c:Company)
RETURN count(c) AS total
