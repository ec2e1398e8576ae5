/**
 * The files published with a consultation, as its page lists them (the `DocumentDto` schema).
 * documents/ keeps the files and depends on consultations/ (the consultation, who may see it), so
 * consultations/ asks for the list through this token instead of importing documents/; the
 * composition root provides it from DocumentsService.
 */
export interface ConsultationDocumentView {
  id: string;
  kind: string;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
  url: string;
}

export interface ConsultationDocuments {
  listFor(consultationId: string): Promise<ConsultationDocumentView[]>;
}

export const CONSULTATION_DOCUMENTS = Symbol('CONSULTATION_DOCUMENTS');
