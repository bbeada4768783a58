//! wasm-bindgen tests run in Node (`wasm-pack test --node -- --test wasm_node`).
#![cfg(target_arch = "wasm32")]

#[path = "wasm/boundary.rs"]
mod boundary;

#[path = "wasm/clients.rs"]
mod clients;

#[path = "wasm/client_args.rs"]
mod client_args;

#[path = "wasm/pricing.rs"]
mod pricing;
