import Foundation

@testable import TinjauKit

/// An exact decimal as an editor writes it (`"0.285"`), for tests.
func r(_ text: String) -> Rational { Rational(decimal: text)! }
