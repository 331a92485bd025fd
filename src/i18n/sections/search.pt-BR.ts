/** The client dashboard's semantic search. */
export const searchPtBR = {
  nav: "Busca",
  title: "Busca",
  description:
    "Pergunte em linguagem natural sobre os projetos, chamados, incidentes, entregas e relatórios da organização.",
  label: "O que você procura?",
  placeholder: "o que decidimos sobre o incidente do checkout?",
  submit: "Buscar",
  results: "Resultados",
  startTitle: "Pergunte o que quiser",
  startBody: "A busca encontra trechos pelo sentido, não só pelas palavras exatas, e leva você à origem.",
  emptyTitle: "Nada encontrado",
  emptyBody: "Tente outras palavras, ou uma pergunta mais curta.",
  offline:
    "Busca em modo de desenvolvimento: sem chave da OpenAI, os trechos são comparados pelas palavras, não pelo sentido.",
  failed: "A busca não respondeu agora. Tente de novo em instantes.",
  kinds: {
    project: "Projeto",
    ticket: "Chamado",
    ticket_message: "Mensagem de chamado",
    delivery: "Entrega",
    incident: "Incidente",
    report: "Relatório",
  } as Record<string, string>,
  match: "{percent} de semelhança",
  admin: {
    title: "Busca em todos os clientes",
    description:
      "Pergunte sobre projetos, chamados (com notas internas), incidentes, entregas e relatórios de todos os clientes.",
    placeholder: "quais clientes tiveram certificado expirado?",
    organization: "Cliente",
  },
};
