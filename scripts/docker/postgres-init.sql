-- Run once by the postgres image on an empty data directory (docker-compose.yml mounts it
-- into /docker-entrypoint-initdb.d). It runs as POSTGRES_USER, which therefore owns the
-- database; POSTGRES_DB (modular) is created by the image itself.
CREATE DATABASE modular_tests;
