//! The clients' transport in browsers and Node 20+: gloo-net's `fetch`, one
//! instance per call. It owns an `AbortController` that fires when the caller's
//! `AbortSignal` does or when the call's deadline (`timeoutMs`, which covers
//! retries and polling waits too) passes; timers use the global `setTimeout`,
//! present in browsers, workers and Node.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method as GlooMethod, RequestBuilder};
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

use crate::clients::{HttpRequest, HttpResponse, Method, Transport, TransportError};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// A per-call fetch transport.
pub struct FetchTransport {
    controller: Option<AbortController>,
    timed_out: Rc<Cell<bool>>,
    user_signal: Option<AbortSignal>,
    forward: Option<Closure<dyn FnMut()>>,
    timer: Option<(JsValue, Closure<dyn FnMut()>)>,
}

impl FetchTransport {
    /// A transport whose requests and waits stop when `signal` aborts or after `timeout_ms`.
    pub fn new(signal: Option<AbortSignal>, timeout_ms: Option<u32>) -> FetchTransport {
        let controller = AbortController::new().ok();
        let timed_out = Rc::new(Cell::new(false));
        let mut forward = None;
        if let (Some(user), Some(ctl)) = (&signal, &controller) {
            if user.aborted() {
                ctl.abort();
            } else {
                let ctl = ctl.clone();
                let f = Closure::<dyn FnMut()>::new(move || ctl.abort());
                let _ = user.add_event_listener_with_callback("abort", f.as_ref().unchecked_ref());
                forward = Some(f);
            }
        }
        let timer = match (timeout_ms, &controller) {
            (Some(ms), Some(ctl)) => {
                let ctl = ctl.clone();
                let flag = timed_out.clone();
                let f = Closure::<dyn FnMut()>::new(move || {
                    flag.set(true);
                    ctl.abort();
                });
                let id = set_timeout(f.as_ref().unchecked_ref(), f64::from(ms));
                Some((id, f))
            }
            _ => None,
        };
        FetchTransport {
            controller,
            timed_out,
            user_signal: signal,
            forward,
            timer,
        }
    }

    fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// Why the call stopped, if it did.
    fn stopped(&self) -> Option<TransportError> {
        if self.timed_out.get() {
            Some(TransportError::Timeout)
        } else if self.signal().is_some_and(|s| s.aborted()) {
            Some(TransportError::Aborted)
        } else {
            None
        }
    }

    fn failure(&self, error: impl std::fmt::Display) -> TransportError {
        self.stopped()
            .unwrap_or_else(|| TransportError::Network(error.to_string()))
    }
}

impl Drop for FetchTransport {
    fn drop(&mut self) {
        if let Some((id, _)) = &self.timer {
            clear_timeout(id);
        }
        if let (Some(user), Some(f)) = (&self.user_signal, &self.forward) {
            let _ = user.remove_event_listener_with_callback("abort", f.as_ref().unchecked_ref());
        }
    }
}

impl Transport for FetchTransport {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        if let Some(stopped) = self.stopped() {
            return Err(stopped);
        }
        let method = match request.method {
            Method::Get => GlooMethod::GET,
            Method::Post => GlooMethod::POST,
            Method::Put => GlooMethod::PUT,
            Method::Patch => GlooMethod::PATCH,
        };
        let signal = self.signal();
        let mut builder = RequestBuilder::new(&request.url)
            .method(method)
            .abort_signal(signal.as_ref());
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let built = match request.body {
            Some(body) => builder.body(body),
            None => builder.build(),
        }
        .map_err(|e| self.failure(e))?;
        // gloo-net does not fail on 4xx/5xx: the status is read, never assumed.
        let response = built.send().await.map_err(|e| self.failure(e))?;
        let status = response.status();
        let request_id = response.headers().get("x-request-id");
        let body = response.text().await.map_err(|e| self.failure(e))?;
        Ok(HttpResponse {
            status,
            request_id,
            body,
        })
    }

    async fn sleep(&self, ms: u32) -> Result<(), TransportError> {
        if let Some(stopped) = self.stopped() {
            return Err(stopped);
        }
        let signal = self.signal();
        let promise = Promise::new(&mut |resolve, reject| {
            let id = set_timeout(&resolve, f64::from(ms));
            if let Some(signal) = &signal {
                // On abort: stop the timer and reject. The closure lives until it runs once.
                let f = Closure::once_into_js(move || {
                    clear_timeout(&id);
                    let _ = reject.call0(&JsValue::UNDEFINED);
                });
                let _ = signal.add_event_listener_with_callback("abort", f.unchecked_ref());
            }
        });
        JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|_| self.stopped().unwrap_or(TransportError::Aborted))
    }
}
