//! Request validators, one file per API.
