-- On SQLite NewsBot runs one instance and Quartz keeps its schedule in memory: nothing to create.
SELECT 1;
