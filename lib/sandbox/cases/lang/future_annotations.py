# from __future__ import annotations keeps annotations as source text; the __future__ feature records
from __future__ import annotations
import __future__
class Order:
    def __init__(self, customer: Customer, n: list[int] = None) -> Order:
        self.customer = customer
print(Order.__init__.__annotations__)
print(__future__.annotations, __future__.all_feature_names)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.division.getMandatoryRelease())
x: Foo = 3
print(__annotations__)
