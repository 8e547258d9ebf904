"""New letters written in the product ("Nouveau courrier"): chronoted events, letter models, the
merged preview. Plain Python; windows reach it through ``app.services.compose``."""
