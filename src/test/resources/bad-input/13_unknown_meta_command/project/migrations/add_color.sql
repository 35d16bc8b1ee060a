SELECT 1
\gset
