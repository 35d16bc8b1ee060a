INSERT INTO items (id, name) VALUES (1, 'default') ON CONFLICT (id) DO NOTHING;
