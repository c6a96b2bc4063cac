// Liveness: answers when the database does.
RETURN 1 AS ok
