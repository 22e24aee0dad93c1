//! `timeline`: a terminal explorer for a sourced chronology of Boris Kagarlitsky.

pub mod load;
pub mod model;
pub mod text;
